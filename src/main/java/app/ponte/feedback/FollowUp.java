package app.ponte.feedback;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A low answer the organisation's account manager follows up: open until marked done, with a note. */
@Entity
@Table(name = "feedback_follow_ups")
class FollowUp extends AbstractEntity {

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "account_manager_id")
    private @Nullable Long accountManagerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private FollowUpState state = FollowUpState.OPEN;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "done_by")
    private @Nullable Long doneBy;

    @Column(name = "note", length = FollowUps.NOTE_MAX)
    private @Nullable String note;

    protected FollowUp() {
    }

    FollowUp(long formId, long organisationId, @Nullable Long accountManagerId, Instant openedAt) {
        this.formId = formId;
        this.organisationId = organisationId;
        this.accountManagerId = accountManagerId;
        this.openedAt = openedAt;
    }

    void done(long by, @Nullable String note, Instant now) {
        this.state = FollowUpState.DONE;
        this.doneBy = by;
        this.note = note;
        this.doneAt = now;
    }

    long getFormId() {
        return formId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    @Nullable Long getAccountManagerId() {
        return accountManagerId;
    }

    FollowUpState getState() {
        return state;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    @Nullable String getNote() {
        return note;
    }

    @Nullable Instant getDoneAt() {
        return doneAt;
    }
}
