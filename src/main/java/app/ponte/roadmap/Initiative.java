package app.ponte.roadmap;

import app.ponte.base.AbstractEntity;
import app.ponte.planning.Confidence;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A piece of work the team commits to, grouping accepted requests, delivered in milestones. */
@Entity
@Table(name = "initiatives")
class Initiative extends AbstractEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", length = 2000)
    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status = DeliveryStatus.PLANNED;

    /** Shown to every organisation, not only to those whose requests it delivers. */
    @Column(name = "public_item", nullable = false)
    private boolean publicItem;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidence", nullable = false, length = 10)
    private Confidence confidence;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_systems", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "system_id")
    private Set<Long> systemIds = new HashSet<>();

    protected Initiative() {
    }

    Initiative(InitiativeDraft draft, Instant now) {
        this.createdAt = now;
        set(draft, now);
    }

    void set(InitiativeDraft draft, Instant now) {
        this.title = draft.title().strip();
        this.summary = draft.summary() == null || draft.summary().isBlank() ? null : draft.summary().strip();
        this.publicItem = draft.publicItem();
        this.confidence = draft.confidence();
        this.endsOn = draft.endsOn();
        this.updatedAt = now;
    }

    void touches(Set<Long> systems) {
        systemIds.addAll(systems);
    }

    /** After a request left: only the systems its remaining requests touch. */
    void touchesOnly(Set<Long> systems) {
        systemIds.retainAll(systems);
    }

    /** Planned until a date is committed, in progress until every milestone is delivered or cancelled. */
    void follow(List<Milestone> milestones, Instant now) {
        if (status == DeliveryStatus.CANCELLED) {
            return;
        }
        boolean committed = milestones.stream().anyMatch(m -> m.getCommittedOn() != null || m.getDeliveredOn() != null);
        boolean finished = !milestones.isEmpty() && milestones.stream()
                .allMatch(m -> m.getStatus() == DeliveryStatus.DELIVERED || m.getStatus() == DeliveryStatus.CANCELLED);
        DeliveryStatus next = finished ? DeliveryStatus.DELIVERED
                : committed ? DeliveryStatus.IN_PROGRESS : DeliveryStatus.PLANNED;
        if (next != status) {
            status = next;
            updatedAt = now;
        }
    }

    void cancel(Instant now) {
        status = DeliveryStatus.CANCELLED;
        updatedAt = now;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getTitle() {
        return title;
    }

    DeliveryStatus getStatus() {
        return status;
    }

    boolean isPublicItem() {
        return publicItem;
    }

    Confidence getConfidence() {
        return confidence;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    @Nullable String getSummary() {
        return summary;
    }
}
