package app.ponte.catalogue;

import app.ponte.base.AbstractEntity;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A period in which a system must not change or go down for one organisation, and why. Days inclusive. */
@Entity
@Table(name = "freeze_windows")
class FreezeWindow extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "system_id", nullable = false)
    private OperatedSystem system;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FreezeWindow() {
    }

    FreezeWindow(OperatedSystem system, Organisation organisation, Account createdBy, Instant now) {
        this.system = system;
        this.organisation = organisation;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void set(LocalDate newStart, LocalDate newEnd, String newReason, Instant now) {
        this.startsOn = newStart;
        this.endsOn = newEnd;
        this.reason = newReason;
        this.updatedAt = now;
    }

    FreezeWindowEntry toEntry() {
        return new FreezeWindowEntry(getId(), getVersion(), system.getId(), system.getName(), organisation.getId(),
                organisation.getName(), startsOn, endsOn, reason);
    }

    Organisation getOrganisation() {
        return organisation;
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
