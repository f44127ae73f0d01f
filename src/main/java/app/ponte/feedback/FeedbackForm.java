package app.ponte.feedback;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One form sent to one person: after a delivery, or one round of the relationship survey. Reached through a
 * single-use link (only the token's SHA-256 is kept) or in the app; answered once, the same row either way.
 */
@Entity
@Table(name = "feedback_forms")
class FeedbackForm extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FeedbackKind kind;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "request_id")
    private @Nullable Long requestId;

    @Column(name = "title", length = 200)
    private @Nullable String title;

    @Column(name = "assignee_id")
    private @Nullable Long assigneeId;

    @Column(name = "round_on")
    private @Nullable LocalDate roundOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "replaced_at")
    private @Nullable Instant replacedAt;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Column(name = "answered_month", length = 7)
    private @Nullable String answeredMonth;

    @Column(name = "score")
    private @Nullable Integer score;

    @Column(name = "resolved")
    private @Nullable Boolean resolved;

    @Column(name = "answer_comment", length = FeedbackAnswer.COMMENT_MAX)
    private @Nullable String comment;

    protected FeedbackForm() {
    }

    private FeedbackForm(FeedbackKind kind, String tokenHash, long organisationId, long recipientId, Instant sentAt,
            Instant expiresAt) {
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.organisationId = organisationId;
        this.recipientId = recipientId;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    static FeedbackForm delivery(String tokenHash, long organisationId, long recipientId, long requestId,
            String title, @Nullable Long assigneeId, Instant sentAt, Instant expiresAt) {
        var form = new FeedbackForm(FeedbackKind.DELIVERY, tokenHash, organisationId, recipientId, sentAt, expiresAt);
        form.requestId = requestId;
        form.title = title;
        form.assigneeId = assigneeId;
        return form;
    }

    static FeedbackForm survey(String tokenHash, long organisationId, long recipientId, LocalDate roundOn,
            Instant sentAt, Instant expiresAt) {
        var form = new FeedbackForm(FeedbackKind.SURVEY, tokenHash, organisationId, recipientId, sentAt, expiresAt);
        form.roundOn = roundOn;
        return form;
    }

    /** Why it cannot be answered now, or null when it can. An answer is told before an expiry or a newer form. */
    @Nullable FeedbackProblem problemAt(Instant now) {
        if (answeredAt != null) {
            return FeedbackProblem.ANSWERED;
        }
        if (replacedAt != null) {
            return FeedbackProblem.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return FeedbackProblem.EXPIRED;
        }
        return null;
    }

    void requireAnswerable(Instant now) {
        FeedbackProblem problem = problemAt(now);
        if (problem != null) {
            throw new FeedbackLinkException(problem, answeredAt);
        }
    }

    /** Records the (checked) answer; the month is the organisation's own month of the answer. */
    void answer(FeedbackAnswer answer, Instant now, ZoneId organisationZone) {
        requireAnswerable(now);
        this.score = answer.score();
        this.comment = answer.comment();
        this.resolved = answer.resolved();
        this.answeredAt = now;
        this.answeredMonth = YearMonth.from(now.atZone(organisationZone)).toString();
    }

    /** A newer delivery of the same request replaces an unanswered form. */
    void replace(Instant now) {
        if (answeredAt == null && replacedAt == null) {
            replacedAt = now;
        }
    }

    FeedbackPreview preview(@Nullable String organisationName, String languageTag) {
        return new FeedbackPreview(getId(), kind, title, kind == FeedbackKind.SURVEY ? organisationName : null,
                languageTag);
    }

    FeedbackKind getKind() {
        return kind;
    }

    String getTokenHash() {
        return tokenHash;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getRecipientId() {
        return recipientId;
    }

    @Nullable Long getRequestId() {
        return requestId;
    }

    @Nullable String getTitle() {
        return title;
    }

    @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    @Nullable Integer getScore() {
        return score;
    }

    @Nullable Boolean getResolved() {
        return resolved;
    }

    @Nullable String getComment() {
        return comment;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
