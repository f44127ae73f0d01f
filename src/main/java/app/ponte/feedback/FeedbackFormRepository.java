package app.ponte.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackFormRepository extends JpaRepository<FeedbackForm, Long> {

    Optional<FeedbackForm> findByTokenHash(String tokenHash);

    /** The forms of a request nobody answered yet and no newer delivery replaced. */
    @Query("""
            select f from FeedbackForm f
            where f.requestId = :requestId and f.answeredAt is null and f.replacedAt is null
            """)
    List<FeedbackForm> findWaitingForRequest(long requestId);

    /** The newest form of a request sent to this person, answered or not (the request page's panel). */
    Optional<FeedbackForm> findFirstByRequestIdAndRecipientIdOrderByIdDesc(long requestId, long recipientId);

    /** The answered forms of a request, newest first (the team reads them on the request page). */
    List<FeedbackForm> findByRequestIdAndAnsweredAtIsNotNullOrderByAnsweredAtDesc(long requestId);

    /** The person's forms that can still be answered, newest first. */
    @Query("""
            select f from FeedbackForm f
            where f.recipientId = :recipientId and f.answeredAt is null and f.replacedAt is null
              and f.expiresAt > :now and (:kind is null or f.kind = :kind)
            order by f.id desc
            """)
    List<FeedbackForm> findAnswerable(long recipientId, @Nullable FeedbackKind kind, Instant now, Pageable pageable);

    boolean existsByKindAndOrganisationIdAndRecipientIdAndRoundOn(FeedbackKind kind, long organisationId,
            long recipientId, java.time.LocalDate roundOn);

    /** Delivery ratings per organisation and month (the organisation's month), from {@code fromMonth} on. */
    @Query("""
            select f.organisationId as organisationId, f.answeredMonth as month, count(f) as answers,
                   avg(f.score) as average
            from FeedbackForm f
            where f.kind = app.ponte.feedback.FeedbackKind.DELIVERY and f.answeredAt is not null
              and (:organisationId is null or f.organisationId = :organisationId)
              and f.answeredMonth >= :fromMonth
            group by f.organisationId, f.answeredMonth
            order by f.answeredMonth desc, f.organisationId
            """)
    List<Tally> ratingsByMonth(@Nullable Long organisationId, String fromMonth);

    /** Delivery ratings per team member (the request's assignee at delivery), from {@code fromMonth} on. */
    @Query("""
            select f.assigneeId as personId, count(f) as answers, avg(f.score) as average
            from FeedbackForm f
            where f.kind = app.ponte.feedback.FeedbackKind.DELIVERY and f.answeredAt is not null
              and f.assigneeId is not null
              and (:organisationId is null or f.organisationId = :organisationId)
              and f.answeredMonth >= :fromMonth
            group by f.assigneeId
            order by avg(f.score) desc, f.assigneeId
            """)
    List<PersonTally> ratingsByAssignee(@Nullable Long organisationId, String fromMonth);

    /** Survey answers per organisation: how many, how many promoters (9–10) and detractors (0–6). */
    @Query("""
            select f.organisationId as organisationId, count(f) as answers,
                   sum(case when f.score >= 9 then 1 else 0 end) as promoters,
                   sum(case when f.score <= 6 then 1 else 0 end) as detractors
            from FeedbackForm f
            where f.kind = app.ponte.feedback.FeedbackKind.SURVEY and f.answeredAt is not null
              and (:organisationId is null or f.organisationId = :organisationId)
              and f.answeredMonth >= :fromMonth
            group by f.organisationId
            order by f.organisationId
            """)
    List<SurveyTally> surveyScores(@Nullable Long organisationId, String fromMonth);

    /** Answers, newest first, without a count query. */
    @Query("""
            select f from FeedbackForm f
            where f.answeredAt is not null and (:organisationId is null or f.organisationId = :organisationId)
            order by f.answeredAt desc, f.id desc
            """)
    Slice<FeedbackForm> findAnswers(@Nullable Long organisationId, Pageable pageable);

    interface Tally {
        long getOrganisationId();

        String getMonth();

        long getAnswers();

        double getAverage();
    }

    interface PersonTally {
        long getPersonId();

        long getAnswers();

        double getAverage();
    }

    interface SurveyTally {
        long getOrganisationId();

        long getAnswers();

        long getPromoters();

        long getDetractors();
    }
}
