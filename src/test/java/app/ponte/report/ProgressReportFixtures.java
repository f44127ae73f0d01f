package app.ponte.report;

import app.ponte.organisation.Members;
import app.ponte.organisation.OrganisationDraft;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.ReviewCadence;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Organisations of their own for report tests (a client whose admin reads Portuguese, account manager
 * lead@ponte.test; a department whose member reads English), and reports stored straight as snapshots where a test
 * needs one without its e-mail: report tests change nobody else's data.
 */
@Component
@Profile({"test", "mariadb-test"})
public class ProgressReportFixtures {

    public static final String TEAM = "lead@ponte.test";
    static final String PASSWORD = "ponte-demo-2026";

    private final Organisations organisations;
    private final Members members;
    private final ProgressReportRepository reports;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProgressReportFixtures(Organisations organisations, Members members, ProgressReportRepository reports, JdbcTemplate jdbc,
            Clock clock) {
        this.organisations = organisations;
        this.members = members;
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new client company in São Paulo with its client admin (pt-BR) and a plain client member (en-GB). */
    public Client newClient() {
        String name = "Report client " + UUID.randomUUID();
        String admin = "rp-" + UUID.randomUUID() + "@client.test";
        String plain = "rp-" + UUID.randomUUID() + "@client.test";
        long managerId = jdbc.queryForObject("select id from accounts where email = ?", Long.class, TEAM);
        return SystemAuthentication.runAsAdmin(() -> {
            long organisationId = organisations.create(new OrganisationDraft(OrganisationKind.CLIENT, name,
                    ZoneId.of("America/Sao_Paulo"), "pt-BR", managerId, ReviewCadence.MONTHLY, null)).id();
            long adminId = members.createAccount(admin, "Beatriz Cliente", PASSWORD, "pt-BR",
                    ZoneId.of("America/Sao_Paulo"));
            members.addMembership(adminId, organisationId, Role.CLIENT_ADMIN);
            long plainId = members.createAccount(plain, "Carla Cliente", PASSWORD, "en-GB", ZoneId.of("Europe/London"));
            members.addMembership(plainId, organisationId, Role.CLIENT);
            return new Client(organisationId, name, admin, plain);
        });
    }

    /** A new department in UTC with one member, who reads English. */
    public Client newDepartment() {
        String name = "Report department " + UUID.randomUUID();
        String member = "rp-" + UUID.randomUUID() + "@dept.test";
        return SystemAuthentication.runAsAdmin(() -> {
            long organisationId = organisations.create(OrganisationKind.DEPARTMENT, name, ZoneId.of("UTC"), "en").id();
            long accountId = members.createAccount(member, "Dora Dept", PASSWORD, "en", ZoneId.of("UTC"));
            members.addMembership(accountId, organisationId, Role.INTERNAL);
            return new Client(organisationId, name, member, member);
        });
    }

    /** The month that ended last in São Paulo, the fixtures' client's zone. */
    public ReportPeriod lastMonth() {
        return ReportPeriod.containing(ReportPeriodKind.MONTHLY,
                LocalDate.now(clock.withZone(ZoneId.of("America/Sao_Paulo")))).previous();
    }

    /** The month running in São Paulo: it has not ended. */
    public ReportPeriod thisMonth() {
        return ReportPeriod.containing(ReportPeriodKind.MONTHLY,
                LocalDate.now(clock.withZone(ZoneId.of("America/Sao_Paulo"))));
    }

    /** A report stored as the snapshot of {@code content}, without e-mail; its id. */
    public long stored(ReportContent content) {
        return reports.saveAndFlush(new ProgressReport(content.organisationId(), content.period(),
                ReportSnapshots.write(content), Instant.now(clock), null, null)).getId();
    }

    public static ReportContent content(long organisationId, String name, ReportPeriod period) {
        return new ReportContent(organisationId, name, period, Instant.parse("2026-12-01T03:00:00Z"),
                List.of(new ReportContent.Delivered("Faster checkout", period.from().plusDays(3), "#12")),
                List.of(), List.of(), List.of(new ReportContent.StatusCount("NEW", 2)), List.of(), List.of(), null,
                null, List.of(), new ReportContent.PromiseCounts(1, 0), List.of());
    }

    public record Client(long organisationId, String name, String adminEmail, String plainEmail) {
    }
}
