package app.ponte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.organisation.MemberFilter;
import app.ponte.organisation.Members;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administration lists at 5,000 organisations and 100,000 people on MariaDB, as the grids load
 * them (pages of 50, no count query). Run with docs/benchmark.sh; figures in docs/benchmarks.md.
 * The only assertion is the one issue 3 makes: no call reads anything like a whole table.
 */
@SpringBootTest
@ActiveProfiles("benchmark")
class AdministrationListsBenchmark {

    private static final int GRID_PAGE = 50;
    /** A page of 50 may need a few thousand index entries on a skewed filter, never the 100,000 rows. */
    private static final long MOST_ROWS_READ = 10_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService users;
    @Autowired
    Organisations organisations;
    @Autowired
    Members members;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void organisationAndMemberListsOpenAndFilterWithoutFullTableWork() {
        var data = new OrganisationScaleData(jdbc, passwordEncoder.encode("benchmark-only-password"));
        data.ensure();
        jdbc.execute("analyze table organisations, accounts, memberships");
        var runner = new ScenarioRunner(jdbc);

        SignedIn.as(users, "admin@ponte.test");
        runner.measure("admin: organisations, first page", () -> organisations(OrganisationFilter.ALL, 0));
        runner.measure("admin: organisations, page 40 (rows 2,000-2,049)",
                () -> organisations(OrganisationFilter.ALL, 40));
        runner.measure("admin: organisations named \"gr…\"",
                () -> organisations(new OrganisationFilter("gr", null, null), 0));
        runner.measure("admin: inactive departments",
                () -> organisations(new OrganisationFilter("", OrganisationKind.DEPARTMENT, false), 0));
        runner.measure("admin: members, first page", () -> members(MemberFilter.ALL, 0));
        runner.measure("admin: members, page 100 (rows 5,000-5,049)", () -> members(MemberFilter.ALL, 100));
        runner.measure("admin: members whose name or e-mail starts \"mar\"",
                () -> members(new MemberFilter("mar", null, null, null), 0));
        runner.measure("admin: members starting \"zyx\" (no match)",
                () -> members(new MemberFilter("zyx", null, null, null), 0));
        long largest = largestClientOrganisation();
        runner.measure("admin: members of the largest company (1,000+)",
                () -> members(new MemberFilter("", largest, null, null), 0));
        runner.measure("admin: client admins across all organisations",
                () -> members(new MemberFilter("", null, Role.CLIENT_ADMIN, null), 0));
        runner.measure("admin: administrators (a handful among 105,000)",
                () -> members(new MemberFilter("", null, Role.ADMIN, null), 0));
        runner.measure("admin: inactive memberships",
                () -> members(new MemberFilter("", null, null, false), 0));

        SignedIn.as(users, activeClientAdminOf(largest));
        runner.measure("client admin: own company's members (1,000+)", () -> members(MemberFilter.ALL, 0));
        runner.measure("client admin: own members starting \"j\"",
                () -> members(new MemberFilter("j", null, null, null), 0));

        var report = runner.writeReport("administration-lists", "Administration lists (issue 3)", List.of(
                "Data: %,d organisations, %,d accounts, %,d memberships on MariaDB %s.".formatted(
                        data.count("organisations"), data.count("accounts"), data.count("memberships"),
                        jdbc.queryForObject("select version()", String.class)),
                "Each scenario: 30 warm-up calls, then 200 measured calls of the service method (page of 50)."));
        System.out.println("[benchmark] report written to " + report.toAbsolutePath());
        assertThat(runner.measurements()).allSatisfy(measurement ->
                assertThat(measurement.rowsReadPerCall()).as(measurement.scenario()).isLessThan(MOST_ROWS_READ));
    }

    private List<?> organisations(OrganisationFilter filter, int page) {
        return organisations.list(filter, pageOf(page)).getContent();
    }

    private List<?> members(MemberFilter filter, int page) {
        return members.list(filter, pageOf(page)).getContent();
    }

    private static Pageable pageOf(int page) {
        return PageRequest.of(page, GRID_PAGE);
    }

    private long largestClientOrganisation() {
        return jdbc.queryForObject("""
                select organisation_id from memberships group by organisation_id order by count(*) desc, organisation_id
                limit 1
                """, Long.class);
    }

    private String activeClientAdminOf(long organisationId) {
        return jdbc.queryForObject("""
                select a.email from memberships m join accounts a on a.id = m.account_id
                where m.organisation_id = ? and m.role = 'CLIENT_ADMIN' and m.active = true and a.active = true
                order by a.id limit 1
                """, String.class, organisationId);
    }
}
