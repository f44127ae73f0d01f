package app.ponte.benchmark;

import app.ponte.base.SearchText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the benchmark database with organisations and members at the scale issue 3 names: 5,000
 * organisations and 100,000 people, about 105,000 memberships. A fixed seed makes every run build the
 * same data. Sizes are skewed as in life: twenty large client companies with a thousand people each,
 * the rest small. Written with plain JDBC batches because it is a loader, not application code.
 */
final class OrganisationScaleData {

    static final int ORGANISATIONS = 5_000;
    static final int PEOPLE = 100_000;
    static final String DOMAIN = "bench.test";
    private static final int LARGE_ORGANISATIONS = 20;
    private static final int LARGE_SIZE = 1_000;
    private static final int BATCH = 2_000;
    private static final String[] TIME_ZONES = {"America/Sao_Paulo", "America/New_York", "Europe/Lisbon",
            "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "UTC"};

    private final JdbcTemplate jdbc;
    private final String passwordHash;
    private final Faker faker = new Faker(Locale.ENGLISH, new Random(2026));
    private final Random random = new Random(2026);
    private final Timestamp now = Timestamp.from(Instant.parse("2026-11-01T12:00:00Z"));

    OrganisationScaleData(JdbcTemplate jdbc, String passwordHash) {
        this.jdbc = jdbc;
        this.passwordHash = passwordHash;
    }

    /** Adds what is missing to reach the target scale; a database already at scale is left alone. */
    void ensure() {
        long organisations = count("organisations");
        if (organisations >= ORGANISATIONS) {
            return;
        }
        List<Long> organisationIds = insertOrganisations((int) (ORGANISATIONS - organisations));
        List<Person> people = insertAccounts(PEOPLE);
        insertMemberships(organisationIds, people);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private List<Long> insertOrganisations(int howMany) {
        long lastId = maxId("organisations");
        Set<String> names = new HashSet<>(jdbc.queryForList("select name from organisations", String.class));
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < howMany; i++) {
            boolean department = i % 100 == 99;
            String name = uniqueName(names, department ? faker.commerce().department() + " " + faker.address().city()
                    : faker.company().name());
            rows.add(new Object[] {department ? "DEPARTMENT" : "CLIENT", name, SearchText.normalise(name),
                    TIME_ZONES[random.nextInt(TIME_ZONES.length)], random.nextBoolean() ? "en" : "pt-BR",
                    random.nextInt(100) >= 3, now, now});
        }
        batch("""
                insert into organisations (version, kind, name, search_name, time_zone, language, active,
                    review_cadence, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, 'MONTHLY', ?, ?)
                """, rows);
        return jdbc.queryForList("select id from organisations where id > ? order by id", Long.class, lastId);
    }

    private record Person(long id, String searchName, String email) {
    }

    private List<Person> insertAccounts(int howMany) {
        long lastId = maxId("accounts");
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < howMany; i++) {
            String first = faker.name().firstName();
            String last = faker.name().lastName();
            String displayName = first + " " + last;
            String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + i
                    + "@" + DOMAIN;
            rows.add(new Object[] {email, displayName, SearchText.normalise(displayName), passwordHash,
                    random.nextBoolean() ? "en" : "pt-BR", TIME_ZONES[random.nextInt(TIME_ZONES.length)],
                    random.nextInt(100) >= 2, now, now});
        }
        batch("""
                insert into accounts (version, email, display_name, search_name, password_hash, language,
                    time_zone, active, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return jdbc.query("select id, search_name, email from accounts where id > ? order by id",
                (row, index) -> new Person(row.getLong(1), row.getString(2), row.getString(3)), lastId);
    }

    /**
     * The first LARGE_SIZE x LARGE_ORGANISATIONS people fill the large companies, the others are spread
     * over the rest; one person in twenty also belongs to a second organisation. The first member of
     * each client company is its client admin.
     */
    private void insertMemberships(List<Long> organisationIds, List<Person> people) {
        var rows = new ArrayList<Object[]>();
        Set<Long> departments = new HashSet<>(jdbc.queryForList(
                "select id from organisations where kind = 'DEPARTMENT'", Long.class));
        Set<Long> seeded = new HashSet<>();
        int large = LARGE_SIZE * LARGE_ORGANISATIONS;
        int small = organisationIds.size() - LARGE_ORGANISATIONS;
        for (int i = 0; i < people.size(); i++) {
            long organisationId = i < large ? organisationIds.get(i / LARGE_SIZE)
                    : organisationIds.get(LARGE_ORGANISATIONS + (i - large) % small);
            rows.add(membership(people.get(i), organisationId, departments, seeded));
            if (i % 20 == 0) {
                long second = organisationIds.get(LARGE_ORGANISATIONS + (i * 7 + 3) % small);
                if (second != organisationId) {
                    rows.add(membership(people.get(i), second, departments, seeded));
                }
            }
        }
        batch("""
                insert into memberships (version, account_id, organisation_id, role, active, created_at, updated_at,
                    member_search_name, member_email)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    private Object[] membership(Person person, long organisationId, Set<Long> departments, Set<Long> seeded) {
        String role = departments.contains(organisationId) ? "INTERNAL"
                : seeded.add(organisationId) ? "CLIENT_ADMIN" : "CLIENT";
        return new Object[] {person.id(), organisationId, role, random.nextInt(100) >= 3, now, now,
                person.searchName(), person.email()};
    }

    private String uniqueName(Set<String> taken, String candidate) {
        String name = candidate.length() > 100 ? candidate.substring(0, 100) : candidate;
        for (int suffix = 2; !taken.add(name); suffix++) {
            name = candidate + " " + suffix;
        }
        return name;
    }

    private long maxId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
