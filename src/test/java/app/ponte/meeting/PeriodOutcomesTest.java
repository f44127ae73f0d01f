package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.meeting.MinutesFixtures.Client;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A period's decisions and action items: those of the organisation's meetings held in it, days in its own zone. */
@H2Test
class PeriodOutcomesTest extends SignedInServiceTest {

    @Autowired
    PeriodOutcomes outcomes;
    @Autowired
    MeetingPages pages;
    @Autowired
    Agendas agendas;
    @Autowired
    Minutes minutes;
    @Autowired
    ActionItems items;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    TestClock clock;

    @Test
    void only_meetings_held_within_the_period_in_the_organisations_zone_count() {
        Client client = fixtures.newClient();
        LocalDate today = LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK));
        LocalDate periodStart = today.minusDays(20);
        LocalDate periodEnd = today.minusDays(10);
        // 23:30 in New York on the period's last day is already the next day in UTC: it still counts.
        long inside = held(client, periodEnd, LocalTime.of(23, 30), "Inside decision", "Inside item");
        held(client, periodStart.minusDays(1), LocalTime.of(10, 0), "Before decision", "Before item");
        long planned = fixtures.review(client, periodStart.plusDays(1).atTime(10, 0)
                .atZone(MinutesFixtures.NEW_YORK).toInstant());
        as(MinutesFixtures.TEAM, () -> minutes.addOutcome(planned, "Not held yet"));

        var decisions = outcomes.decisions(client.organisationId(), periodStart, periodEnd);
        var actionItems = outcomes.actionItems(client.organisationId(), periodStart, periodEnd);

        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.text()).isEqualTo("Inside decision");
            assertThat(decision.day()).isEqualTo(periodEnd);
        });
        assertThat(actionItems).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("Inside item");
            assertThat(item.ownerName()).isEqualTo("Alice Client");
            assertThat(item.teamSide()).isFalse();
            assertThat(item.done()).isFalse();
        });
        assertThat(inside).isPositive();
    }

    private long held(Client client, LocalDate day, LocalTime time, String decision, String item) {
        long meeting = fixtures.review(client, day.atTime(time).atZone(MinutesFixtures.NEW_YORK).toInstant());
        long version = as(MinutesFixtures.TEAM, () -> pages.page(meeting)).version();
        as(MinutesFixtures.TEAM, () -> {
            agendas.hold(meeting, version);
            minutes.addOutcome(meeting, decision);
            return items.create(meeting, new NewActionItem(item, client.adminId(), day.plusDays(30), null));
        });
        return meeting;
    }
}
