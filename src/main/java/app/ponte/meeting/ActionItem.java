package app.ponte.meeting;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something a meeting left to one person of either side by a day, perhaps about one of the organisation's requests,
 * tracked until it is ticked done (and re-opened if it was not).
 */
@Entity
@Table(name = "action_items")
class ActionItem extends AbstractEntity {

    static final int TEXT_MAX = 500;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "item_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side", nullable = false, length = 20)
    private OwnerSide ownerSide;

    @Column(name = "due_day", nullable = false)
    private LocalDate dueDay;

    @Column(name = "request_id")
    private @Nullable Long requestId;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "done_by")
    private @Nullable Long doneBy;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionItem() {
    }

    ActionItem(Meeting meeting, String text, long ownerId, OwnerSide ownerSide, LocalDate dueDay,
            @Nullable Long requestId, long createdBy, Instant now) {
        this.organisationId = meeting.getOrganisationId();
        this.meetingId = meeting.getId();
        this.text = text;
        this.ownerId = ownerId;
        this.ownerSide = ownerSide;
        this.dueDay = dueDay;
        this.requestId = requestId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void markDone(long accountId, Instant now) {
        if (doneAt == null) {
            doneAt = now;
            doneBy = accountId;
        }
    }

    void reopen() {
        doneAt = null;
        doneBy = null;
    }

    boolean isDone() {
        return doneAt != null;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getMeetingId() {
        return meetingId;
    }

    String getText() {
        return text;
    }

    long getOwnerId() {
        return ownerId;
    }

    OwnerSide getOwnerSide() {
        return ownerSide;
    }

    LocalDate getDueDay() {
        return dueDay;
    }

    @Nullable Long getRequestId() {
        return requestId;
    }

    @Nullable Instant getDoneAt() {
        return doneAt;
    }

    @Nullable Long getDoneBy() {
        return doneBy;
    }
}
