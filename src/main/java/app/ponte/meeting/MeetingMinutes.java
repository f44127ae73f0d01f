package app.ponte.meeting;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The notes of one meeting: public (the organisation reads them) and internal (the team's only; never selected for
 * anybody else), with who saved them last, so that a second person saving a stale copy is told by whom.
 */
@Entity
@Table(name = "meeting_minutes")
class MeetingMinutes extends AbstractEntity {

    static final int NOTES_MAX = 4000;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "public_notes", nullable = false, length = NOTES_MAX)
    private String publicNotes = "";

    @Column(name = "internal_notes", nullable = false, length = NOTES_MAX)
    private String internalNotes = "";

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingMinutes() {
    }

    MeetingMinutes(long meetingId) {
        this.meetingId = meetingId;
    }

    void write(String publicNotes, String internalNotes, long accountId, Instant now) {
        this.publicNotes = publicNotes;
        this.internalNotes = internalNotes;
        this.updatedBy = accountId;
        this.updatedAt = now;
    }

    long getMeetingId() {
        return meetingId;
    }

    String getPublicNotes() {
        return publicNotes;
    }

    String getInternalNotes() {
        return internalNotes;
    }

    long getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
