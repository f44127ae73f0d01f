package app.ponte.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.meeting.ActivityFixtures;
import app.ponte.organisation.Organisations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Conflicts that involve an organisation in a window: found in it, or decided in it (risk accepted, re-scheduled;
 * asking for a decision is no decision), on its own requests or about its freeze windows, and never naming
 * another organisation's request.
 */
@H2Test
class ConflictActivityTest {

    static final Instant SINCE = Instant.parse("2025-05-06T13:00:00Z");
    static final Instant UNTIL = Instant.parse("2025-05-13T13:00:00Z");

    @Autowired
    ConflictActivity activity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisations organisations;

    ActivityFixtures fixtures;
    long client;
    long other;
    long system;
    long window;

    @BeforeEach
    void organisations() {
        fixtures = new ActivityFixtures(jdbc, organisations);
        client = fixtures.organisation("Conflict client", ZoneId.of("UTC"));
        other = fixtures.organisation("Conflict other", ZoneId.of("UTC"));
        system = fixtures.system("Ledger");
        window = fixtures.freeze(system, client, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 5), "Audit");
    }

    long item(long organisationId, String title) {
        long request = fixtures.request(organisationId, title, "CHANGE", "NEW", Instant.parse("2025-01-01T00:00:00Z"));
        return fixtures.backlogItem(request, organisationId, title);
    }

    long conflict(long item, long affected, Instant detected, String handling, Instant handled) {
        return fixtures.conflict("FREEZE_PLANNED", item, system, window, affected, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 5), detected, handling, handled, "A team note");
    }

    @Test
    void found_at_the_first_instant_counts_at_the_last_does_not_and_only_decisions_count_as_decided() {
        conflict(item(client, "Found at the start"), other, SINCE, "OPEN", null);
        conflict(item(client, "Found at the end"), other, UNTIL, "OPEN", null);
        conflict(item(client, "Risk accepted"), other, Instant.parse("2025-04-01T00:00:00Z"), "RISK_ACCEPTED",
                Instant.parse("2025-05-07T00:00:00Z"));
        conflict(item(client, "Decision asked"), other, Instant.parse("2025-04-01T00:00:00Z"), "DECISION_ASKED",
                Instant.parse("2025-05-07T00:00:00Z"));
        conflict(item(other, "Another client's change"), client, Instant.parse("2025-05-08T00:00:00Z"), "OPEN", null);
        conflict(item(other, "Nothing to do with them"), other, Instant.parse("2025-05-08T00:00:00Z"), "OPEN", null);

        List<ConflictMention> found = activity.between(client, SINCE, UNTIL); // nobody signed in: a job's agenda

        assertThat(found).extracting(ConflictMention::requestTitle, ConflictMention::decided,
                ConflictMention::ownRequest).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, false, false),
                        org.assertj.core.groups.Tuple.tuple("Risk accepted", true, true),
                        org.assertj.core.groups.Tuple.tuple("Found at the start", false, true));
        assertThat(found.getFirst().requestId()).as("another organisation's request stays unnamed").isNull();
        assertThat(found.getFirst().systemName()).isEqualTo(fixtures.systemName(system));
    }
}
