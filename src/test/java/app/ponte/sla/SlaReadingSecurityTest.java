package app.ponte.sla;

import static app.ponte.RoleMatrix.EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.NotFoundInScopeException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every role against the SLA reading methods (the request page's clock, attainment): each is open to anybody
 * signed in and narrowed by the organisation scope, so another organisation's ids are "not found", never shown.
 */
@H2Test
class SlaReadingSecurityTest extends SignedInServiceTest {

    @Autowired
    SlaClockReports clocks;
    @Autowired
    SlaAttainment attainment;
    @Autowired
    ClockFixtures fixtures;
    @Autowired
    DemoFixtures demo;

    @TestFactory
    Stream<DynamicTest> every_role_reaches_the_sla_reading_methods_narrowed_to_its_organisation() {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "Matrix question");
        return RoleMatrix.pastTheCheck()
                .call("forRequest", EVERYONE, () -> clocks.forRequest(request))
                .call("choices", EVERYONE, () -> attainment.choices())
                .call("currentMonth", EVERYONE, () -> attainment.currentMonth(aurora))
                .call("forMonth", EVERYONE, () -> attainment.forMonth(aurora, YearMonth.of(2025, 5)))
                .tests(users);
    }

    @Test
    void another_organisation_reads_no_clock_of_a_request_by_id_and_nobody_signed_out_reaches_any() {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "Clock of a private question");
        fixtures.clock(request, aurora, "Clock of a private question")
                .firstResponse(Instant.parse("2025-05-05T15:00:00Z"), null).save();

        assertThat(catchThrowable(() -> as("rita@meridian.test", () -> clocks.forRequest(request))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as("marketing@ponte.test", () -> clocks.forRequest(request))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(as("ana@aurora.test", () -> clocks.forRequest(request))).isPresent();
        for (Runnable anything : List.<Runnable>of(() -> clocks.forRequest(request), () -> attainment.choices(),
                () -> attainment.forMonth(aurora, YearMonth.of(2025, 5)))) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    @Test
    void the_history_and_breaches_of_a_clock_are_for_the_team_only() {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "Clock with a history");
        fixtures.clock(request, aurora, "Clock with a history")
                .firstResponse(Instant.parse("2025-05-06T15:00:00Z"), null)
                .change("STARTED", Instant.parse("2025-05-06T11:00:00Z"), null)
                .breach(app.ponte.request.SlaTarget.FIRST_RESPONSE, Instant.parse("2025-05-06T15:00:00Z"),
                        Instant.parse("2025-05-06T15:01:00Z"), "paused=PT3H").save();

        ClockReport client = as("leo@aurora.test", () -> clocks.forRequest(request)).orElseThrow();
        ClockReport team = as("lead@ponte.test", () -> clocks.forRequest(request)).orElseThrow();

        assertThat(client.teamView()).isFalse();
        assertThat(client.history()).isEmpty();
        assertThat(client.breaches()).isEmpty();
        assertThat(team.teamView()).isTrue();
        assertThat(team.history()).extracting(ClockReport.ClockEvent::causeKey).contains("sla.cause.STARTED");
        assertThat(team.breaches()).extracting(ClockReport.BreachLine::cause).containsExactly("paused=PT3H");
    }

    @Test
    void every_cause_of_a_clock_change_is_translated() throws java.io.IOException {
        var english = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(english.stringPropertyNames()).containsAll(Stream.of(ClockChange.Cause.values())
                .map(ClockChange.Cause::labelKey).toList());
    }
}
