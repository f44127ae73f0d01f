package app.ponte.meeting;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A decision taken in a review, or a need found in a discovery workshop, in the order they were written. */
@Entity
@Table(name = "meeting_outcomes")
class MeetingOutcome extends AbstractEntity {

    static final int TEXT_MAX = 1000;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OutcomeKind kind;

    @Column(name = "outcome_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeetingOutcome() {
    }

    MeetingOutcome(long meetingId, OutcomeKind kind, String text, int sortOrder, Instant now) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.text = text;
        this.sortOrder = sortOrder;
        this.createdAt = now;
    }

    long getMeetingId() {
        return meetingId;
    }

    OutcomeKind getKind() {
        return kind;
    }

    String getText() {
        return text;
    }
}
