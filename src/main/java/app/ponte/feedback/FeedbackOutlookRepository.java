package app.ponte.feedback;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the dashboards read of feedback forms: the forms waiting for one person's answer within one organisation (on
 * the index led by {@code recipient_id}), and the delivery ratings' averages per organisation over two periods.
 */
interface FeedbackOutlookRepository extends Repository<FeedbackForm, Long> {

    /** A form that can still be answered: said as in {@link FeedbackFormRepository#findAnswerable}. */
    String WAITING = """
            from FeedbackForm f
            where f.recipientId = :recipientId and f.organisationId = :organisationId
              and f.answeredAt is null and f.replacedAt is null and f.expiresAt > :now
            """;

    @Query("select count(f) " + WAITING)
    long countWaiting(long recipientId, long organisationId, Instant now);

    @Query("select new app.ponte.feedback.WaitingForm(f.id, f.kind, f.requestId, f.title, f.expiresAt) " + WAITING
            + " order by f.expiresAt, f.id")
    List<WaitingForm> findWaiting(long recipientId, long organisationId, Instant now, Limit limit);

    /**
     * Per organisation, the average delivery rating answered in {@code [middle, to)} and in {@code [from, middle)};
     * an organisation without an answer in one of them has a null average there.
     */
    @Query("""
            select f.organisationId as organisationId,
                   avg(case when f.answeredAt >= :middle then f.score end) as recent,
                   avg(case when f.answeredAt < :middle then f.score end) as previous
            from FeedbackForm f
            where f.kind = app.ponte.feedback.FeedbackKind.DELIVERY and f.score is not null
              and f.answeredAt >= :from and f.answeredAt < :to
            group by f.organisationId
            """)
    List<Averages> ratingAverages(Instant from, Instant middle, Instant to);

    interface Averages {
        long getOrganisationId();

        @Nullable Double getRecent();

        @Nullable Double getPrevious();
    }
}
