package app.ponte.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.meeting.ActivityFixtures;
import app.ponte.organisation.Organisations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roadmap's activity queries at their edges: a window's first instant counts and its last does not, days are
 * the organisation's, and another organisation's promises on the same milestone are never counted.
 */
@H2Test
class RoadmapActivityTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    /** 1 to 8 April 2025 at midnight in São Paulo (03:00 UTC). */
    static final Instant SINCE = Instant.parse("2025-04-01T03:00:00Z");
    static final Instant UNTIL = Instant.parse("2025-04-08T03:00:00Z");

    @Autowired
    RoadmapActivity activity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisations organisations;

    ActivityFixtures fixtures;
    long client;
    long other;

    @BeforeEach
    void organisations() {
        fixtures = new ActivityFixtures(jdbc, organisations);
        client = fixtures.organisation("Roadmap activity client", SAO_PAULO);
        other = fixtures.organisation("Roadmap activity other", SAO_PAULO);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    @Test
    void promises_made_kept_and_slipped_count_the_first_instant_and_day_and_not_the_last() {
        long atStart = fixtures.milestone("Made at the start", "PLANNED", day(5, 1), null);
        fixtures.promise(atStart, client, day(5, 1), day(5, 1), SINCE, null);
        long atEnd = fixtures.milestone("Made at the end", "PLANNED", day(5, 1), null);
        fixtures.promise(atEnd, client, day(5, 1), day(5, 1), UNTIL, null);
        fixtures.promise(atStart, other, day(5, 2), day(5, 2), SINCE.plusSeconds(60), null);
        long keptFirst = fixtures.milestone("Kept on the first day", "DELIVERED", day(4, 1), day(4, 1));
        fixtures.promise(keptFirst, client, day(3, 30), day(4, 1), Instant.EPOCH, day(4, 1));
        long keptAfter = fixtures.milestone("Kept the day after", "DELIVERED", day(4, 8), day(4, 8));
        fixtures.promise(keptAfter, client, day(4, 8), day(4, 8), Instant.EPOCH, day(4, 8));
        long moved = fixtures.promise(fixtures.milestone("Moved", "PLANNED", day(6, 1), null), client, day(5, 1),
                day(6, 1), Instant.EPOCH, null);
        fixtures.promiseMoved(moved, day(5, 1), day(5, 20), "First move", SINCE);
        fixtures.promiseMoved(moved, day(5, 20), day(5, 10), "Earlier after all: no slip", SINCE.plusSeconds(60));
        fixtures.promiseMoved(moved, day(5, 10), day(6, 1), "At the end", UNTIL);

        RoadmapActivity.PromiseMovements found = activity.between(client, SINCE, UNTIL, SAO_PAULO, 20);

        assertThat(found.made()).extracting(PromiseMade::milestone).containsExactly("Made at the start");
        assertThat(found.madeTotal()).isEqualTo(1);
        assertThat(found.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.milestone()).isEqualTo("Kept on the first day");
            assertThat(kept.onTime()).as("delivered two days after the first date told").isFalse();
        });
        assertThat(found.slipped()).extracting(PromiseSlip::reason).containsExactly("First move");
        assertThat(found.slippedTotal()).isEqualTo(1);
    }

    @Test
    void a_limit_cuts_the_list_and_not_the_count() {
        for (int i = 0; i < 3; i++) {
            long milestone = fixtures.milestone("Milestone " + i, "PLANNED", day(5, 1), null);
            fixtures.promise(milestone, client, day(5, 1), day(5, 1), SINCE.plusSeconds(i), null);
        }

        RoadmapActivity.PromiseMovements found = activity.between(client, SINCE, UNTIL, SAO_PAULO, 2);

        assertThat(found.made()).extracting(PromiseMade::milestone).containsExactly("Milestone 2", "Milestone 1");
        assertThat(found.madeTotal()).isEqualTo(3);
    }

    @Test
    void promises_due_in_a_period_are_on_time_only_when_delivered_by_the_first_day_told() {
        long onTime = fixtures.milestone("On time", "DELIVERED", day(4, 3), day(4, 3));
        fixtures.promise(onTime, client, day(4, 3), day(4, 3), Instant.EPOCH, day(4, 3));
        long lateButKept = fixtures.milestone("Late", "DELIVERED", day(4, 9), day(4, 9));
        fixtures.promise(lateButKept, client, day(4, 4), day(4, 9), Instant.EPOCH, day(4, 9));
        long broken = fixtures.milestone("Broken", "PLANNED", day(4, 30), null);
        long withdrawn = fixtures.promise(broken, client, day(4, 30), day(4, 30), Instant.EPOCH, null);
        fixtures.promiseWithdrawn(withdrawn, day(4, 10), "Out of scope");
        long nextMonth = fixtures.milestone("Next month", "PLANNED", day(5, 1), null);
        fixtures.promise(nextMonth, client, day(5, 1), day(5, 1), Instant.EPOCH, null);
        fixtures.promise(onTime, other, day(4, 3), day(4, 3), Instant.EPOCH, null);

        assertThat(activity.dueBetween(client, day(4, 1), day(4, 30)))
                .isEqualTo(new RoadmapActivity.DueTally(1, 2));
    }
}
