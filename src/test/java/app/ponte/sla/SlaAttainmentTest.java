package app.ponte.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.TrailProbe;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.request.Priority;
import app.ponte.request.SlaTarget;
import app.ponte.security.NotFoundInScopeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A month's attainment: which targets it counts (settled in the month, in the organisation's own zone), the
 * shares met in time, the misses it lists, and who may read whose.
 */
@H2Test
class SlaAttainmentTest extends SignedInServiceTest {

    static final String TEAM = "lead@ponte.test";
    static final String CLIENT_ADMIN = "ana@aurora.test";

    @Autowired
    SlaAttainment attainment;
    @Autowired
    ClockFixtures fixtures;
    @Autowired
    DemoFixtures demo;
    @Autowired
    TrailProbe trail;
    @Autowired
    Clock clock;

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void met_in_time_counts_met_late_and_breached_open_do_not_and_a_pause_moves_the_due_time_instead_of_counting() {
        long meridian = demo.organisationId("Meridian Bank");
        long a = fixtures.file("rita@meridian.test", "Key rotation window");
        long b = fixtures.file("rita@meridian.test", "HSM firmware question");
        long c = fixtures.file("rita@meridian.test", "Audit log export");
        long d = fixtures.file("rita@meridian.test", "Token lifetime");
        long e = fixtures.file("rita@meridian.test", "Card BIN ranges");
        fixtures.clock(a, meridian, "Key rotation window")
                .firstResponse(at("2024-11-05T12:00:00Z"), at("2024-11-05T11:00:00Z"))
                .resolution(at("2024-11-10T12:00:00Z"), at("2024-11-09T16:00:00Z")).save();
        fixtures.clock(b, meridian, "HSM firmware question")
                .firstResponse(at("2024-11-06T12:00:00Z"), at("2024-11-06T14:00:00Z"))
                .resolution(at("2024-12-20T12:00:00Z"), null)
                .breach(SlaTarget.FIRST_RESPONSE, at("2024-11-06T12:00:00Z"), at("2024-11-06T12:05:00Z"),
                        "priority=NORMAL>URGENT").save();
        fixtures.clock(c, meridian, "Audit log export")
                .firstResponse(at("2024-11-07T12:00:00Z"), null)
                .resolution(at("2024-11-20T12:00:00Z"), null).save();
        // Waited three hours for the requester: the due time moved from 12:00 to 15:00, and 14:00 is in time.
        fixtures.clock(d, meridian, "Token lifetime")
                .pause(at("2024-11-08T09:00:00Z"), at("2024-11-08T12:00:00Z"))
                .firstResponse(at("2024-11-08T15:00:00Z"), at("2024-11-08T14:00:00Z")).save();
        // Paused before its due time and still waiting: nothing is missed while the requester has the ball.
        fixtures.clock(e, meridian, "Card BIN ranges")
                .firstResponse(at("2024-11-12T12:00:00Z"), null)
                .pausedSince(at("2024-11-12T10:00:00Z")).save();

        Attainment november = as(TEAM, () -> attainment.forMonth(meridian, YearMonth.of(2024, 11)));

        assertThat(november.organisationName()).isEqualTo("Meridian Bank");
        assertThat(november.firstResponse()).isEqualTo(new Attainment.Share(4, 2));
        assertThat(november.firstResponse().ratio()).isEqualTo(0.5);
        assertThat(november.resolution()).isEqualTo(new Attainment.Share(2, 1));
        assertThat(november.breaches()).extracting(Attainment.Breach::requestId, Attainment.Breach::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(b, SlaTarget.FIRST_RESPONSE),
                        org.assertj.core.groups.Tuple.tuple(c, SlaTarget.FIRST_RESPONSE),
                        org.assertj.core.groups.Tuple.tuple(c, SlaTarget.RESOLUTION));
        Attainment.Breach late = november.breaches().getFirst();
        assertThat(late.title()).isEqualTo("HSM firmware question");
        assertThat(late.metAt()).isEqualTo(at("2024-11-06T14:00:00Z"));
        assertThat(late.missedAt()).as("missed at its due time, not when the scan noticed it at 12:05")
                .isEqualTo(at("2024-11-06T12:00:00Z"));
        assertThat(late.cause()).isEqualTo("priority=NORMAL>URGENT");
        assertThat(november.breaches().get(1).missedAt()).as("not recorded yet: missed at its due time")
                .isEqualTo(at("2024-11-07T12:00:00Z"));
        assertThat(as(TEAM, () -> attainment.forMonth(meridian, YearMonth.of(2024, 12))).resolution())
                .as("b's resolution, still open, was missed in December").isEqualTo(new Attainment.Share(1, 0));
    }

    @Test
    void months_begin_and_end_at_midnight_in_the_organisations_own_zone() {
        long aurora = demo.organisationId("Aurora Commerce");
        long late = fixtures.file("leo@aurora.test", "Friday night outage");
        long early = fixtures.file("leo@aurora.test", "New Year's Eve answer");
        // 03:00 UTC on 1 February is still 31 January, 22:00, in New York.
        fixtures.clock(late, aurora, "Friday night outage").priority(Priority.URGENT)
                .firstResponse(at("2025-02-01T03:00:00Z"), null).save();
        // Answered 03:00 UTC on 1 January: 31 December, 22:00, in New York; due in January, met in time.
        fixtures.clock(early, aurora, "New Year's Eve answer")
                .firstResponse(at("2025-01-02T15:00:00Z"), at("2025-01-01T03:00:00Z")).save();

        assertThat(as(TEAM, () -> attainment.forMonth(aurora, YearMonth.of(2025, 1))).firstResponse())
                .isEqualTo(new Attainment.Share(1, 0));
        assertThat(as(TEAM, () -> attainment.forMonth(aurora, YearMonth.of(2024, 12))).firstResponse())
                .isEqualTo(new Attainment.Share(1, 1));
        Attainment february = as(TEAM, () -> attainment.forMonth(aurora, YearMonth.of(2025, 2)));
        assertThat(february.firstResponse()).isEqualTo(Attainment.Share.NONE);
        assertThat(february.firstResponse().ratio()).as("nothing measured is not 0 %").isNull();
    }

    @Test
    void a_client_reads_its_own_organisation_and_may_pick_no_other() {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "Webhook signature");
        fixtures.clock(request, aurora, "Webhook signature")
                .firstResponse(at("2023-03-06T15:00:00Z"), at("2023-03-06T14:00:00Z")).save();

        AttainmentChoices choices = as(CLIENT_ADMIN, () -> attainment.choices());
        Attainment march = as(CLIENT_ADMIN, () -> attainment.forMonth(aurora, YearMonth.of(2023, 3)));

        assertThat(choices.picksOrganisation()).isFalse();
        assertThat(choices.organisations()).extracting(OrganisationSummary::name).containsExactly("Aurora Commerce");
        assertThat(march.firstResponse()).isEqualTo(new Attainment.Share(1, 1));
        assertThat(as(CLIENT_ADMIN, () -> attainment.currentMonth(aurora)))
                .isEqualTo(YearMonth.from(clock.instant().atZone(java.time.ZoneId.of("America/New_York"))));
    }

    @Test
    void another_organisations_attainment_is_not_found_for_a_client_and_the_attempt_is_audited() {
        long meridian = demo.organisationId("Meridian Bank");
        Instant before = clock.instant().minusMillis(1);

        Throwable refused = catchThrowable(() -> as(CLIENT_ADMIN,
                () -> attainment.forMonth(meridian, YearMonth.of(2024, 11))));
        Throwable picked = catchThrowable(() -> as(CLIENT_ADMIN, () -> attainment.currentMonth(meridian)));

        assertThat(refused).isInstanceOf(NotFoundInScopeException.class);
        assertThat(picked).isInstanceOf(NotFoundInScopeException.class);
        assertThat(trail.newest(before, CLIENT_ADMIN, "sla.attainment", meridian).outcome())
                .isEqualTo(AuditOutcome.REFUSED);
    }

    @Test
    void the_team_picks_among_the_organisations_with_clocks_first_one_by_name() {
        long meridian = demo.organisationId("Meridian Bank");
        long request = fixtures.file("rita@meridian.test", "SEPA cut-off times");
        fixtures.clock(request, meridian, "SEPA cut-off times")
                .firstResponse(at("2024-10-01T12:00:00Z"), at("2024-10-01T10:00:00Z")).save();

        AttainmentChoices choices = as(TEAM, () -> attainment.choices());

        assertThat(choices.picksOrganisation()).isTrue();
        assertThat(choices.organisations()).extracting(OrganisationSummary::name).contains("Meridian Bank")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(choices.organisations()).contains(choices.preselected());
        assertThat(String.CASE_INSENSITIVE_ORDER.compare(choices.preselected().name(), "Meridian Bank"))
                .as("the first organisation with clocks, by name").isLessThanOrEqualTo(0);
    }

    @Test
    void the_elapsed_business_time_leaves_every_pause_out() {
        var lisbon = new WorkingTime(ClockFixtures.LISBON, java.util.Map.of(
                java.time.DayOfWeek.FRIDAY, List.of(new WorkingTime.Period(java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(18, 0)))), java.util.Set.of(), java.util.Set.of());
        Instant start = at("2025-01-10T09:00:00Z");
        var pause = new ClockPause(1, at("2025-01-10T11:00:00Z"));
        pause.resume(at("2025-01-10T12:30:00Z"));
        var open = new ClockPause(1, at("2025-01-10T15:00:00Z"));

        Duration used = ClockReading.used(lisbon, start, at("2025-01-10T16:00:00Z"), List.of(pause, open));

        assertThat(used).isEqualTo(Duration.ofMinutes(7 * 60 - 90 - 60));
    }
}
