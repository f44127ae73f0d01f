package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.meeting.ActivityFixtures;
import app.ponte.organisation.Organisations;
import app.ponte.request.SlaTarget;
import app.ponte.sla.ClockFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month's report facts on a hand-built March of one New York client, whose every figure is known: the month
 * runs from midnight on 1 March in New York (05:00 UTC, standard time) to midnight on 1 April (04:00 UTC,
 * daylight time); what falls on the first instant counts, what falls on the last does not.
 */
@H2Test
class ReportFactsCollectorTest extends SignedInServiceTest {

    static final String TEAM = "lead@ponte.test";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ReportPeriod MARCH = ReportPeriod.containing(ReportPeriodKind.MONTHLY, LocalDate.of(2025, 3, 10));
    static final Instant START = Instant.parse("2025-03-01T05:00:00Z");
    static final Instant END = Instant.parse("2025-04-01T04:00:00Z");

    @Autowired
    ReportFactsCollector collector;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    ClockFixtures clocks;
    @Autowired
    Clock clock;

    ActivityFixtures fixtures;
    long client;

    @BeforeEach
    void client() {
        fixtures = new ActivityFixtures(jdbc, organisations);
        client = fixtures.organisation("Report client", NEW_YORK);
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    @Test
    void every_figure_of_a_hand_built_march() {
        fixtures.request(client, "Filed at the first instant", "BUG", "NEW", START);
        fixtures.request(client, "Filed the evening before", "BUG", "NEW", at("2025-03-01T04:00:00Z"));
        long delivered = fixtures.request(client, "Delivered in March", "CHANGE", "NEW", at("2025-03-12T12:00:00Z"));
        fixtures.moved(delivered, "IN_PROGRESS", "DELIVERED", at("2025-03-13T12:00:00Z"));
        fixtures.request(client, "Filed at the last instant", "BUG", "NEW", END);
        long running = fixtures.request(client, "Still running", "CHANGE", "NEW", at("2025-01-05T12:00:00Z"));
        fixtures.moved(running, "PLANNED", "IN_PROGRESS", at("2025-02-05T12:00:00Z"));
        long declined = fixtures.request(client, "Declined in March", "IDEA", "NEW", at("2025-01-05T12:00:00Z"));
        fixtures.moved(declined, "NEW", "DECLINED", at("2025-03-20T12:00:00Z"));
        long deliveredLater = fixtures.request(client, "Delivered in April", "CHANGE", "NEW",
                at("2025-02-01T12:00:00Z"));
        fixtures.moved(deliveredLater, "NEW", "IN_PROGRESS", at("2025-02-02T12:00:00Z"));
        fixtures.moved(deliveredLater, "IN_PROGRESS", "DELIVERED", at("2025-04-02T12:00:00Z"));
        long reopened = fixtures.request(client, "Declined, re-opened in April", "IDEA", "NEW",
                at("2025-02-01T12:00:00Z"));
        fixtures.moved(reopened, "NEW", "DECLINED", at("2025-03-15T12:00:00Z"));
        fixtures.moved(reopened, "DECLINED", "TRIAGED", at("2025-04-03T12:00:00Z"));
        long triagedLater = fixtures.request(client, "Triaged in April", "BUG", "NEW", at("2025-02-01T12:00:00Z"));
        fixtures.moved(triagedLater, "NEW", "TRIAGED", at("2025-04-05T12:00:00Z"));
        long searched = fixtures.request(client, "Better search", "CHANGE", "CLOSED", at("2024-12-01T12:00:00Z"));
        long loyal = fixtures.request(client, "Points for purchases", "CHANGE", "TRIAGED", at("2025-01-05T12:00:00Z"));
        long mobile = fixtures.request(client, "Mobile checkout", "CHANGE", "CLOSED", at("2024-12-01T12:00:00Z"));

        long search = fixtures.milestone("Search revamp", "DELIVERED", day(3, 10), day(3, 7));
        fixtures.links(search, searched, client);
        fixtures.promise(search, client, day(3, 10), day(3, 10), at("2025-01-01T12:00:00Z"), day(3, 7));
        long app = fixtures.milestone("Mobile app", "DELIVERED", day(3, 18), day(3, 18));
        fixtures.links(app, mobile, client);
        long late = fixtures.promise(app, client, day(3, 15), day(3, 18), at("2025-01-01T12:00:00Z"), day(3, 18));
        fixtures.promiseMoved(late, day(3, 15), day(3, 18), "A store review", at("2025-02-20T12:00:00Z"));
        long payments = fixtures.milestone("Payments v2", "IN_PROGRESS", day(3, 27), null);
        fixtures.links(payments, running, client);
        fixtures.links(payments, delivered, client);
        long slipped = fixtures.promise(payments, client, day(3, 20), day(3, 27), at("2025-01-01T12:00:00Z"), null);
        fixtures.promiseMoved(slipped, day(3, 20), day(3, 27), "Certification", at("2025-03-06T12:00:00Z"));
        long loyalty = fixtures.milestone("Loyalty", "PLANNED", null, null);
        fixtures.links(loyalty, loyal, client);

        fixtures.answer(client, "DELIVERY", 3, at("2025-03-06T12:00:00Z"), "");
        fixtures.answer(client, "DELIVERY", 4, at("2025-03-31T12:00:00Z"), "");
        fixtures.answer(client, "DELIVERY", 1, END, "Counts for April");
        fixtures.answer(client, "SURVEY", 10, at("2025-03-06T12:00:00Z"), "");

        Instant before = clock.instant();
        ReportContent march = as(TEAM, () -> collector.collect(client, MARCH));

        assertThat(march.organisationId()).isEqualTo(client);
        assertThat(march.organisationName()).isEqualTo(fixtures.name(client));
        assertThat(march.period()).isEqualTo(MARCH);
        assertThat(march.generatedAt()).isBetween(before, clock.instant());
        assertThat(march.delivered()).containsExactly(
                new ReportContent.Delivered("Search revamp", day(3, 7), null),
                new ReportContent.Delivered("Delivered in March", day(3, 13), "#" + delivered),
                new ReportContent.Delivered("Mobile app", day(3, 18), null));
        assertThat(march.slipped()).as("the store review moved a date in February: not this month's slip")
                .containsExactly(new ReportContent.Slipped("Payments v2", day(3, 20), day(3, 27), "Certification"));
        assertThat(march.next()).containsExactly(new ReportContent.Next("Payments v2", day(3, 27)),
                new ReportContent.Next("Loyalty", null));
        assertThat(march.openByStatus()).as("as they stood at the end of March, not as they stand now")
                .containsExactly(new ReportContent.StatusCount("NEW", 3), new ReportContent.StatusCount("TRIAGED", 1),
                        new ReportContent.StatusCount("IN_PROGRESS", 2));
        assertThat(march.sla()).as("no plan, no clock: no SLA to report").isNull();
        assertThat(march.satisfaction()).as("delivery ratings first; the one at the last instant is April's")
                .isEqualTo(new ReportContent.SatisfactionFigures(2, 3.5, 5));
        assertThat(march.openedClosedPerWeek()).containsExactly(
                new ReportContent.WeekCounts(day(2, 24), 1, 0),
                new ReportContent.WeekCounts(day(3, 3), 0, 0),
                new ReportContent.WeekCounts(day(3, 10), 1, 2),
                new ReportContent.WeekCounts(day(3, 17), 0, 1),
                new ReportContent.WeekCounts(day(3, 24), 0, 0),
                new ReportContent.WeekCounts(day(3, 31), 0, 0));
        assertThat(march.promises()).as("search kept by its first day; the app a day late, payments not yet")
                .isEqualTo(new ReportContent.PromiseCounts(1, 2));
        assertThat(march.burnUps()).extracting(ReportContent.MilestoneBurnUp::milestone,
                ReportContent.MilestoneBurnUp::due).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Payments v2", day(3, 27)),
                        org.assertj.core.groups.Tuple.tuple("Loyalty", null));
        List<ReportContent.BurnUpPoint> payment = march.burnUps().getFirst().points();
        assertThat(payment).hasSize(31);
        assertThat(payment.get(11)).isEqualTo(new ReportContent.BurnUpPoint(day(3, 12), 0, 2));
        assertThat(payment.get(12)).isEqualTo(new ReportContent.BurnUpPoint(day(3, 13), 1, 2));
        assertThat(payment.getLast()).isEqualTo(new ReportContent.BurnUpPoint(day(3, 31), 1, 2));
        assertThat(march.burnUps().getLast().points()).allMatch(p -> p.done() == 0 && p.scope() == 1);
    }

    @Test
    void sla_targets_of_the_period_met_and_missed_and_a_quarter_burns_up_by_week() {
        long asked = fixtures.request(client, "A question", "QUESTION", "NEW", at("2025-03-03T12:00:00Z"));
        clocks.clock(asked, client, "A question")
                .firstResponse(at("2025-03-03T16:00:00Z"), at("2025-03-03T15:00:00Z"))
                .resolution(at("2025-03-10T16:00:00Z"), null)
                .breach(SlaTarget.RESOLUTION, at("2025-03-10T16:00:00Z"), at("2025-03-10T16:01:00Z"), null)
                .save();
        long loyalty = fixtures.milestone("Loyalty", "PLANNED", day(6, 30), null);
        fixtures.links(loyalty, asked, client);

        ReportContent quarter = as(TEAM, () -> collector.collect(client,
                ReportPeriod.containing(ReportPeriodKind.QUARTERLY, day(2, 1))));

        assertThat(quarter.sla()).isEqualTo(new ReportContent.SlaFigures(1, 1));
        assertThat(quarter.satisfaction()).isNull();
        assertThat(quarter.openedClosedPerWeek()).hasSize(14);
        assertThat(quarter.burnUps().getFirst().points()).extracting(ReportContent.BurnUpPoint::day)
                .as("a point a week, and the quarter's last day").startsWith(day(1, 1), day(1, 8))
                .endsWith(day(3, 26), day(3, 31));
    }
}
