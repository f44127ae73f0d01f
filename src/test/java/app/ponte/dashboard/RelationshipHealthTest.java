package app.ponte.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.dashboard.RelationshipSignal.ValueFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@H2Test
class RelationshipHealthTest {

    private static final String OPEN = "test.open";
    private static final String TREND = "test.trend";
    private static final String REVIEW = "meetings.days-since-review";
    private static final String CONTACT = "requests.days-since-contact";

    @Autowired
    ApplicationContext context;
    @Autowired
    ServedOrganisationDirectory directory;
    @Autowired
    RelationshipHealth securedHealth;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    private Map<Long, String> served;
    private final Map<String, Long> ids = new HashMap<>();
    private RelationshipHealth health;

    @BeforeEach
    void measureFakeSignals() {
        served = directory.servedOrganisations();
        served.forEach((id, name) -> ids.put(name, id));
        long aurora = ids.get("Aurora Commerce");
        long meridian = ids.get("Meridian Bank");
        long marketing = ids.get("Marketing");
        long sales = ids.get("Sales");
        long finance = ids.get("Finance");
        long operations = ids.get("Operations");
        long hr = ids.get("Human Resources");
        long team = teamId();
        health = HealthFixtures.health(context,
                FakeSignal.worseWhenHigher(OPEN, 10, 3, 6, Map.of(aurora, 7L, meridian, 2L, marketing, 4L,
                        sales, 7L, team, 99L)),
                new FakeSignal(TREND, 50, ValueFormat.TENTHS, -2, -5, false, Map.of(aurora, -6L, meridian, 3L,
                        finance, -2L)),
                new FakeSignal(REVIEW, 60, ValueFormat.DAYS, 30, 60, true, Map.of(aurora, 10L, meridian, 40L,
                        marketing, 2L, finance, 5L, operations, 5L, hr, 30L)),
                new FakeSignal(CONTACT, 12, ValueFormat.DAYS, 14, 30, true, Map.of(aurora, 5L, meridian, 3L,
                        marketing, 2L, finance, 31L, sales, 1L, hr, 1L)));
        HealthFixtures.recompute(context, health);
    }

    /** The team's own organisation: measured by a signal, yet never served, so never stored. */
    private long teamId() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT id FROM organisations WHERE kind = 'TEAM'").query(Long.class).list().getFirst();
    }

    @AfterEach
    void restoreTheRealSignals() {
        HealthFixtures.restore(context);
    }

    @Test
    void a_recompute_stores_every_signals_value_for_every_served_organisation_and_when() {
        List<HealthRow> rows = all(null, false);

        assertThat(rows).extracting(HealthRow::organisationId).containsExactlyInAnyOrderElementsOf(served.keySet());
        HealthRow aurora = row(rows, "Aurora Commerce");
        assertThat(signals(aurora)).containsExactlyInAnyOrderEntriesOf(Map.of(OPEN, 7L, TREND, -6L, REVIEW, 10L,
                CONTACT, 5L));
        assertThat(signals(row(rows, "Sales"))).containsExactlyInAnyOrderEntriesOf(Map.of(OPEN, 7L, CONTACT, 1L));
        assertThat(health.lastRun()).hasValueSatisfying(run -> {
            assertThat(run.organisations()).isEqualTo(served.size());
            assertThat(run.values()).isEqualTo(4 + 3 + 6 + 6 + run.organisations());
            assertThat(run.computedAt()).isBeforeOrEqualTo(clock.instant()).isAfter(clock.instant().minusSeconds(60));
        });
        assertThat(health.columns()).extracting(HealthColumn::key)
                .containsExactly(RelationshipHealth.OVERALL, OPEN, CONTACT, TREND, REVIEW);
    }

    @Test
    void organisations_no_longer_served_and_signals_no_longer_measured_disappear_at_the_next_recompute() {
        RelationshipHealth fewer = HealthFixtures.health(context, FakeSignal.worseWhenHigher(OPEN, 10, 3, 6,
                Map.of(ids.get("Sales"), 1L)));
        HealthFixtures.recompute(context, fewer);

        List<HealthRow> rows = all(null, false);

        assertThat(rows).hasSize(served.size());
        assertThat(signals(row(rows, "Sales"))).containsExactly(Map.entry(OPEN, 1L));
        assertThat(signals(row(rows, "Aurora Commerce"))).isEmpty();
        assertThat(rows).extracting(HealthRow::organisationName).doesNotContain("Backend Team");
    }

    @Test
    void worst_first_on_a_count_puts_the_highest_first_and_organisations_without_a_value_last_by_name() {
        List<HealthRow> rows = all(OPEN, true);

        List<Long> sevens = List.of(ids.get("Aurora Commerce"), ids.get("Sales")).stream()
                .sorted(Comparator.reverseOrder()).toList();
        assertThat(rows.subList(0, 4)).extracting(HealthRow::organisationId).containsExactly(sevens.get(0),
                sevens.get(1), ids.get("Marketing"), ids.get("Meridian Bank"));
        assertThat(rows.subList(4, rows.size())).extracting(HealthRow::organisationId)
                .containsExactlyElementsOf(byName(rows.subList(4, rows.size())));
        assertThat(rows.subList(4, rows.size())).allSatisfy(row -> assertThat(row.values()).doesNotContainKey(OPEN));
    }

    @Test
    void best_first_on_a_count_puts_the_lowest_first_and_still_leaves_organisations_without_a_value_last() {
        List<HealthRow> rows = all(OPEN, false);

        assertThat(rows.subList(0, 4)).extracting(row -> row.values().get(OPEN)).containsExactly(2L, 4L, 7L, 7L);
        assertThat(rows.subList(4, rows.size())).allSatisfy(row -> assertThat(row.values()).doesNotContainKey(OPEN));
    }

    @Test
    void worst_first_on_a_signal_where_less_is_worse_puts_the_lowest_first() {
        List<HealthRow> rows = all(TREND, true);

        assertThat(rows.subList(0, 3)).extracting(HealthRow::organisationName)
                .containsExactly("Aurora Commerce", "Finance", "Meridian Bank");
        assertThat(all(TREND, false).subList(0, 3)).extracting(HealthRow::organisationName)
                .containsExactly("Meridian Bank", "Finance", "Aurora Commerce");
    }

    @Test
    void by_name_the_list_reads_a_to_z_and_z_to_a() {
        List<HealthRow> rows = all(null, false);

        assertThat(rows).extracting(HealthRow::organisationId).containsExactlyElementsOf(byName(rows));
        assertThat(all(null, true)).extracting(HealthRow::organisationId)
                .containsExactlyElementsOf(byName(rows).reversed());
    }

    @Test
    void pages_of_two_walk_the_same_order_as_one_page_across_valued_and_unvalued_organisations() {
        for (String key : new String[] {OPEN, TREND, REVIEW, null}) {
            List<Long> walked = new ArrayList<>();
            Slice<HealthRow> page = health.page(key, true, PageRequest.of(0, 2));
            walked.addAll(page.map(HealthRow::organisationId).getContent());
            while (page.hasNext()) {
                page = health.page(key, true, page.nextPageable());
                walked.addAll(page.map(HealthRow::organisationId).getContent());
                assertThat(page.getContent()).isNotEmpty();
            }
            assertThat(walked).as("walked by %s", key)
                    .containsExactlyElementsOf(all(key, true).stream().map(HealthRow::organisationId).toList());
        }
    }

    @Test
    void quiet_organisations_are_those_without_a_review_or_contact_for_the_days_asked_or_ever() {
        List<HealthRow> quiet = health.quiet(30, PageRequest.of(0, 500)).getContent();

        List<String> expected = all(null, false).stream().filter(row -> atLeastOrMissing(row.values().get(REVIEW))
                || atLeastOrMissing(row.values().get(CONTACT))).map(HealthRow::organisationName).toList();
        assertThat(quiet).extracting(HealthRow::organisationName).containsExactlyElementsOf(expected)
                .contains("Meridian Bank", "Finance", "Operations", "Sales", "Human Resources")
                .doesNotContain("Aurora Commerce", "Marketing");
        assertThat(health.quiet(30, PageRequest.of(1, 2)).getContent()).extracting(HealthRow::organisationName)
                .containsExactlyElementsOf(expected.subList(2, 4));
    }

    @Test
    void without_a_review_or_contact_signal_nobody_counts_as_quiet() {
        RelationshipHealth onlyOpen = HealthFixtures.health(context, FakeSignal.worseWhenHigher(OPEN, 10, 3, 6,
                Map.of()));

        assertThat(onlyOpen.quiet(1, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void requesters_may_not_read_the_list_and_only_administrators_recompute() {
        for (String requester : List.of("ana@aurora.test", "marketing@ponte.test")) {
            assertThatThrownBy(() -> SignedIn.as(users, requester,
                    () -> securedHealth.page(null, true, PageRequest.of(0, 50))))
                    .as(requester).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(SignedIn.as(users, "lead@ponte.test", () -> securedHealth.page(null, false,
                PageRequest.of(0, 50))).getContent()).hasSize(Math.min(50, served.size()));
        assertThatThrownBy(() -> SignedIn.run(users, "lead@ponte.test", securedHealth::recompute))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, "lead@ponte.test",
                () -> securedHealth.quiet(30, PageRequest.of(0, 50)))).isInstanceOf(AccessDeniedException.class);
    }

    private static boolean atLeastOrMissing(@Nullable Long days) {
        return days == null || days >= 30;
    }

    private List<HealthRow> all(@Nullable String key, boolean worstFirst) {
        return health.page(key, worstFirst, PageRequest.of(0, 1_000)).getContent();
    }

    private static HealthRow row(List<HealthRow> rows, String name) {
        return rows.stream().filter(row -> row.organisationName().equals(name)).findFirst().orElseThrow();
    }

    private static List<Long> byName(List<HealthRow> rows) {
        return rows.stream().sorted(Comparator.comparing(HealthRow::organisationName)
                .thenComparing(HealthRow::organisationId)).map(HealthRow::organisationId).toList();
    }

    /** A row's signal values, without the overall column derived from them. */
    private static Map<String, Long> signals(HealthRow row) {
        Map<String, Long> values = new java.util.HashMap<>(row.values());
        values.remove(RelationshipHealth.OVERALL);
        return values;
    }
}
