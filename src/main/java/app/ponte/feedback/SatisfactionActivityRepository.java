package app.ponte.feedback;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** One organisation's answers in a window, per kind: on {@code ix_feedback_forms_organisation_answered} (V55). */
interface SatisfactionActivityRepository extends JpaRepository<FeedbackForm, Long> {

    /** {@code [kind, answers, average score]} rows for the answers received in {@code [since, until)}. */
    @Query("""
            select f.kind, count(f), avg(f.score) from FeedbackForm f
            where f.organisationId = :organisationId and f.answeredAt >= :since and f.answeredAt < :until
              and f.score is not null
            group by f.kind order by f.kind
            """)
    List<Object[]> tally(long organisationId, Instant since, Instant until);
}
