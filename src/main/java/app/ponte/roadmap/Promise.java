package app.ponte.roadmap;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date told to an organisation for a milestone: the first date, the current one, and the delivery. Kept
 * on time means delivered by the first date told; every later date is a slip, recorded with its reason.
 */
@Entity
@Table(name = "promises")
class Promise extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
    private Milestone milestone;

    /** The organisation told (the organisation feature's id). */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "first_promised_on", nullable = false, updatable = false)
    private LocalDate firstPromisedOn;

    @Column(name = "promised_on", nullable = false)
    private LocalDate promisedOn;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    /** The team member who committed the date (an account id of the organisation feature). */
    @Column(name = "made_by_id", nullable = false, updatable = false)
    private long madeById;

    @Column(name = "delivered_on")
    private @Nullable LocalDate deliveredOn;

    @Column(name = "withdrawn_on")
    private @Nullable LocalDate withdrawnOn;

    @Column(name = "withdraw_reason", length = 1000)
    private @Nullable String withdrawReason;

    protected Promise() {
    }

    Promise(Milestone milestone, long organisationId, LocalDate promisedOn, long madeById, Instant now) {
        this.milestone = milestone;
        this.organisationId = organisationId;
        this.firstPromisedOn = promisedOn;
        this.promisedOn = promisedOn;
        this.madeById = madeById;
        this.madeAt = now;
    }

    void moveTo(LocalDate date) {
        this.promisedOn = date;
    }

    void kept(LocalDate on) {
        this.deliveredOn = on;
    }

    /** The organisation's last request left the milestone: its date will not be kept for them. */
    void withdraw(LocalDate on, String reason) {
        this.withdrawnOn = on;
        this.withdrawReason = reason;
    }

    /** A request of the organisation joined the milestone again: the promise stands again. */
    void reinstate() {
        this.withdrawnOn = null;
        this.withdrawReason = null;
    }

    boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    @Nullable LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    @Nullable String getWithdrawReason() {
        return withdrawReason;
    }

    PromiseFacts facts() {
        return new PromiseFacts(firstPromisedOn, promisedOn, deliveredOn, withdrawnOn, milestone.getStatus());
    }

    Milestone getMilestone() {
        return milestone;
    }

    long getOrganisationId() {
        return organisationId;
    }

    LocalDate getFirstPromisedOn() {
        return firstPromisedOn;
    }

    LocalDate getPromisedOn() {
        return promisedOn;
    }

    Instant getMadeAt() {
        return madeAt;
    }

    @Nullable LocalDate getDeliveredOn() {
        return deliveredOn;
    }
}
