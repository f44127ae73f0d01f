package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import app.ponte.base.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A conflict Ponte found, kept while it is found again; when the cause goes away it becomes inactive, and
 * the team's handling of it stays on record. One row per kind, item and freeze window. The system and the
 * organisation on the other side are kept by id: their features know their names.
 */
@Entity
@Table(name = "planning_conflicts")
class PlanningConflict extends AbstractEntity {

    /** Capacity conflicts are about no window. */
    static final long NO_WINDOW = 0;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private ConflictKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private BacklogItem item;

    @Column(name = "system_id")
    private @Nullable Long systemId;

    @Column(name = "freeze_window_id", nullable = false, updatable = false)
    private long freezeWindowId;

    /** The organisation on the other side: the window's owner, or the requester for capacity conflicts. */
    @Column(name = "affected_org_id", nullable = false)
    private long affectedOrganisationId;

    @Column(name = "starts_on")
    private @Nullable LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling", nullable = false, length = 20)
    private ConflictHandling handling = ConflictHandling.OPEN;

    @Column(name = "decide_by")
    private @Nullable LocalDate decideBy;

    @Column(name = "note", length = Reason.MAX)
    private @Nullable String note;

    /** The team member who last handled it (an account id of the organisation feature), and when. */
    @Column(name = "handled_by_id")
    private @Nullable Long handledById;

    @Column(name = "handled_at")
    private @Nullable Instant handledAt;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlanningConflict() {
    }

    PlanningConflict(ConflictKind kind, BacklogItem item, long freezeWindowId, Instant now) {
        this.kind = kind;
        this.item = item;
        this.freezeWindowId = freezeWindowId;
        this.detectedAt = now;
        this.updatedAt = now;
    }

    /**
     * Found (again): refreshes what collides; a conflict that had gone away comes back unhandled. Nothing is
     * written when nothing changed: a system's refresh touches only the conflicts that moved.
     */
    void found(@Nullable Long systemId, long affectedOrganisationId, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn, Instant now) {
        boolean same = active && Objects.equals(this.systemId, systemId)
                && this.affectedOrganisationId == affectedOrganisationId
                && Objects.equals(this.startsOn, startsOn) && Objects.equals(this.endsOn, endsOn);
        if (same) {
            return;
        }
        if (!active) {
            this.handling = ConflictHandling.OPEN;
            this.decideBy = null;
            this.note = null;
            this.handledById = null;
            this.handledAt = null;
            this.detectedAt = now;
        }
        this.active = true;
        this.systemId = systemId;
        this.affectedOrganisationId = affectedOrganisationId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.updatedAt = now;
    }

    void gone(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    void handle(ConflictHandling handling, @Nullable LocalDate decideBy, Reason note, long byId, Instant now) {
        this.handling = handling;
        this.handledById = byId;
        this.handledAt = now;
        this.decideBy = decideBy;
        this.note = note.isEmpty() ? null : note.text();
        this.updatedAt = now;
    }

    ConflictKind getKind() {
        return kind;
    }

    BacklogItem getItem() {
        return item;
    }

    @Nullable Long getSystemId() {
        return systemId;
    }

    long getFreezeWindowId() {
        return freezeWindowId;
    }

    long getAffectedOrganisationId() {
        return affectedOrganisationId;
    }

    @Nullable LocalDate getStartsOn() {
        return startsOn;
    }

    @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    boolean isActive() {
        return active;
    }

    ConflictHandling getHandling() {
        return handling;
    }

    @Nullable LocalDate getDecideBy() {
        return decideBy;
    }

    @Nullable String getNote() {
        return note;
    }

    @Nullable Long getHandledById() {
        return handledById;
    }

    @Nullable Instant getHandledAt() {
        return handledAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getDetectedAt() {
        return detectedAt;
    }
}
