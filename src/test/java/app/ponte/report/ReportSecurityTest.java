package app.ponte.report;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.report.ProgressReportFixtures.Client;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role against every public method of the report services (with ids that do not exist, so nothing changes),
 * and members of one organisation reaching another's report or PDF by id.
 */
@H2Test
class ReportSecurityTest extends SignedInServiceTest {

    static final ReportPeriod OCTOBER = ReportPeriod.containing(ReportPeriodKind.MONTHLY, LocalDate.of(2026, 10, 1));

    @Autowired
    ProgressReports reports;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    ProgressReportFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_report_methods_meant_for_it() {
        return RoleMatrix.pastTheCheck()
                .call("ProgressReports.list", EVERYONE, () -> reports.list(null, PageRequest.of(0, 1)))
                .call("ProgressReports.report", EVERYONE, () -> reports.report(-1))
                .call("ProgressReports.pdf", EVERYONE, () -> reports.pdf(-1, Locale.UK))
                .call("ProgressReports.endedPeriods", TEAM,
                        () -> reports.endedPeriods(-1, ReportPeriodKind.MONTHLY, 1))
                .call("ProgressReports.preview", TEAM, () -> reports.preview(-1, OCTOBER))
                .call("ProgressReports.sendNow", TEAM, () -> reports.sendNow(-1, OCTOBER, null))
                .call("ReportSchedules.schedules", TEAM, () -> schedules.schedules())
                .call("ReportSchedules.schedule", TEAM, () -> schedules.schedule(-1))
                .call("ReportSchedules.set", EnumSet.of(Role.ADMIN),
                        () -> schedules.set(-1, ReportPeriodKind.WEEKLY, true, 0))
                .tests(users);
    }

    /** The run itself is exercised in {@link ReportRunTest}: run here, it would send every organisation's report. */
    @Test
    void nobody_but_an_administrator_starts_the_nightly_run() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            assertThat(catchThrowable(() -> as(RoleMatrix.ACCOUNTS.get(role), () -> schedules.runDue())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_client_cannot_read_another_organisations_report_or_pdf_by_id_and_the_attempts_are_audited() {
        Client other = fixtures.newClient();
        long theirs = fixtures.stored(ProgressReportFixtures.content(other.organisationId(), other.name(), fixtures.lastMonth()));

        var report = catchThrowableOfType(NotFoundInScopeException.class,
                () -> as("ana@aurora.test", () -> reports.report(theirs)));
        var pdf = catchThrowableOfType(NotFoundInScopeException.class,
                () -> as("marketing@ponte.test", () -> reports.pdf(theirs, Locale.UK)));
        var listed = catchThrowableOfType(NotFoundInScopeException.class,
                () -> as("leo@aurora.test", () -> reports.list(other.organisationId(), PageRequest.of(0, 5))));
        var own = as("ana@aurora.test", () -> reports.list(null, PageRequest.of(0, 500)));

        assertThat(report).isNotNull();
        assertThat(pdf).isNotNull();
        assertThat(listed).isNotNull();
        assertThat(own.getContent()).noneMatch(row -> row.organisationId() == other.organisationId());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_events where action in ('report.read', 'report.pdf') and target_id = ?
                """, Integer.class, theirs)).isEqualTo(2);
        assertThat(as(other.adminEmail(), () -> reports.report(theirs)).content().organisationName())
                .isEqualTo(other.name());
    }

    @Test
    void a_missing_report_id_is_answered_exactly_like_another_organisations() {
        Client other = fixtures.newClient();
        long theirs = fixtures.stored(ProgressReportFixtures.content(other.organisationId(), other.name(), fixtures.lastMonth()));

        var foreign = catchThrowableOfType(NotFoundInScopeException.class,
                () -> as("ana@aurora.test", () -> reports.report(theirs)));
        var missing = catchThrowableOfType(NotFoundInScopeException.class,
                () -> as("ana@aurora.test", () -> reports.report(Long.MAX_VALUE)));

        assertThat(foreign.getMessage().replace(String.valueOf(theirs), "ID"))
                .isEqualTo(missing.getMessage().replace(String.valueOf(Long.MAX_VALUE), "ID"));
    }
}
