package app.ponte.catalogue;

import app.ponte.base.AbstractEntity;
import app.ponte.base.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period in which a system must not change or go down for one organisation, and why. Days inclusive. The
 * organisation and who declared the window are kept by id.
 */
@Entity
@Table(name = "freeze_windows")
class FreezeWindow extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "system_id", nullable = false)
    private OperatedSystem system;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "reason", nullable = false, length = Reason.MAX)
    private String reason;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FreezeWindow() {
    }

    FreezeWindow(OperatedSystem system, long organisationId, long createdById, Instant now) {
        this.system = system;
        this.organisationId = organisationId;
        this.createdById = createdById;
        this.createdAt = now;
    }

    void set(LocalDate newStart, LocalDate newEnd, Reason newReason, Instant now) {
        this.startsOn = newStart;
        this.endsOn = newEnd;
        this.reason = newReason.text();
        this.updatedAt = now;
    }

    FreezeWindowEntry toEntry(String organisationName) {
        return new FreezeWindowEntry(getId(), getVersion(), system.getId(), system.getName(), organisationId,
                organisationName, startsOn, endsOn, reason);
    }

    long getOrganisationId() {
        return organisationId;
    }

    OperatedSystem getSystem() {
        return system;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }
}
