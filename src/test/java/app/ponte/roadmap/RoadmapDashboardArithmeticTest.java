package app.ponte.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.ponte.planning.Backlog;
import app.ponte.planning.PlannedFinish;
import app.ponte.security.OrganisationScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's arithmetic on fixed rows and a fixed clock (Monday 15 March 2027, noon UTC): months and weeks,
 * on time and late, the delivery record's rate and slip, the milestones at risk.
 */
class RoadmapDashboardArithmeticTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2027-03-15T12:00:00Z"), ZoneOffset.UTC);

    private final RoadmapDashboardRepository repository = mock(RoadmapDashboardRepository.class);
    private final Backlog backlog = mock(Backlog.class);
    private final OrganisationScope scope = mock(OrganisationScope.class);
    private final RoadmapDashboard dashboard = new RoadmapDashboard(repository, backlog, scope, MONDAY);

    @Test
    void promises_count_in_the_month_of_their_first_date_on_time_when_delivered_by_it_late_once_it_passed() {
        when(scope.require(anyLong(), anyString())).thenReturn(7L);
        when(repository.countDue(7L, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).thenReturn(rows(
                row(day(2026, 4, 30), day(2026, 4, 30), 1), // on time on the day, first month of the window
                row(day(2027, 1, 10), day(2027, 1, 9), 2), // on time
                row(day(2027, 1, 10), day(2027, 1, 20), 1), // delivered after the first date: late
                row(day(2027, 2, 1), null, 3), // still open past it: late
                row(day(2027, 3, 20), null, 1), // first date still ahead: neither yet
                row(day(2027, 3, 20), day(2027, 3, 14), 1), // delivered before a date still ahead: on time
                row(day(2027, 3, 15), null, 1))); // due today, not delivered: not late before the day is over

        List<PromiseMonth> months = dashboard.promisesByMonth(7L, 12);

        assertThat(months).hasSize(12);
        assertThat(months.getFirst()).isEqualTo(new PromiseMonth(YearMonth.of(2026, 4), 1, 0));
        assertThat(months).contains(new PromiseMonth(YearMonth.of(2027, 1), 2, 1),
                new PromiseMonth(YearMonth.of(2027, 2), 0, 3), new PromiseMonth(YearMonth.of(2027, 3), 1, 0));
        assertThat(months.getLast().month()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(months.stream().mapToLong(m -> m.onTime() + m.late()).sum()).isEqualTo(8);
        verify(scope).require(7L, "roadmap.dashboard.promises");
    }

    @Test
    void deliveries_count_in_their_monday_week_over_twelve_weeks_with_empty_weeks_kept() {
        when(repository.countDelivered(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 3, 21))).thenReturn(rows(
                row(day(2027, 3, 17), 1L, 2L), row(day(2027, 3, 16), 1L, 0L), row(day(2027, 1, 3), 2L, 3L)));

        List<DeliveredWeek> weeks = dashboard.deliveredByWeek(12);

        assertThat(weeks).hasSize(12);
        assertThat(weeks.getFirst()).isEqualTo(new DeliveredWeek(LocalDate.of(2026, 12, 28), 2, 3));
        assertThat(weeks.getLast()).isEqualTo(new DeliveredWeek(LocalDate.of(2027, 3, 15), 2, 2));
        assertThat(weeks.subList(1, 11)).allSatisfy(week -> assertThat(week.milestones() + week.requests()).isZero());
    }

    @Test
    void the_delivery_record_gives_each_month_its_on_time_share_and_average_slip_with_on_time_ones_as_zero() {
        List<DeliveryRecord> record = DeliveryRecord.of(List.of(
                new DeliveredDays(day(2027, 1, 5), day(2027, 1, 5), 2),
                new DeliveredDays(day(2027, 1, 20), day(2027, 1, 10), 1),
                new DeliveredDays(day(2027, 2, 3), day(2027, 2, 1), 4)));

        assertThat(record).hasSize(2);
        assertThat(record.get(0).month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(record.get(0).delivered()).isEqualTo(3);
        assertThat(record.get(0).onTimeRate()).isEqualTo(2 / 3.0);
        assertThat(record.get(0).averageSlipDays()).isEqualTo(10 / 3.0);
        assertThat(record.get(1)).isEqualTo(new DeliveryRecord(YearMonth.of(2027, 2), 4, 0.0, 2.0));
    }

    @Test
    void a_milestone_is_at_risk_when_the_schedules_likely_finish_is_later_than_its_committed_day() {
        when(repository.findOpenCommittedRequests()).thenReturn(rows(
                row(1L, 10L, "Init", "Two requests, one late", day(2027, 4, 1), 1L),
                row(1L, 10L, "Init", "Two requests, one late", day(2027, 4, 1), 2L),
                row(2L, 10L, "Init", "Finishes before its date", day(2027, 5, 1), 3L),
                row(3L, 10L, "Init", "Not scheduled", day(2027, 4, 1), 4L),
                row(4L, 11L, "Other", "A month late", day(2027, 4, 1), 5L),
                row(5L, 11L, "Other", "Finishes on its date", day(2027, 4, 1), 6L)));
        // Request 4 is not scheduled: the planned finishes leave it out.
        when(backlog.plannedFinishes(any())).thenReturn(List.of(finish(1, day(2027, 4, 10)),
                finish(2, day(2027, 3, 20)), finish(3, day(2027, 4, 20)), finish(5, day(2027, 4, 30)),
                finish(6, day(2027, 4, 1))));

        MilestonesAtRisk atRisk = dashboard.atRisk(1);

        assertThat(atRisk.count()).isEqualTo(2);
        assertThat(atRisk.worst()).singleElement().satisfies(m -> {
            assertThat(m.milestone()).isEqualTo("A month late");
            assertThat(m.proposedOn()).isEqualTo(day(2027, 4, 30));
            assertThat(m.daysLate()).isEqualTo(29);
        });
        assertThat(dashboard.atRisk(5).worst()).extracting(MilestoneAtRisk::milestone)
                .containsExactly("A month late", "Two requests, one late");
        assertThat(dashboard.atRisk(5).worst().get(1).daysLate()).isEqualTo(9);
    }

    private static PlannedFinish finish(long requestId, LocalDate finish) {
        return new PlannedFinish(requestId, finish, finish);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Object[] row(@Nullable Object... values) {
        return values;
    }

    private static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
