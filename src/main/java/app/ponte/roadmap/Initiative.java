package app.ponte.roadmap;

import app.ponte.base.AbstractEntity;
import app.ponte.base.RejectedInputException;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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

    /** Begun at {@code now}, where its timeline starts (a past moment for one begun before Ponte). */
    Initiative(InitiativeDraft draft, Instant now) {
        this.createdAt = now;
        set(draft.checked(), now);
    }

    /** Changes what the team typed; it cannot end before a date already committed for one of its milestones. */
    void edit(InitiativeDraft draft, List<Milestone> milestones, Instant now) {
        InitiativeDraft checked = draft.checked();
        milestones.stream().map(Milestone::getCommittedOn).filter(Objects::nonNull)
                .filter(committed -> committed.isAfter(checked.endsOn())).max(Comparator.naturalOrder())
                .ifPresent(committed -> {
                    throw new RejectedInputException("endsOn", "roadmap.error.ends-before-milestone",
                            RoadmapCalendar.messageArgument(committed));
                });
        set(checked, now);
    }

    private void set(InitiativeDraft checked, Instant now) {
        this.title = checked.title();
        this.summary = checked.summary();
        this.publicItem = checked.publicItem();
        this.confidence = Objects.requireNonNull(checked.confidence());
        this.endsOn = Objects.requireNonNull(checked.endsOn());
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

    /** Cancelled, unless it is already delivered or cancelled. */
    void cancel(Instant now) {
        if (status == DeliveryStatus.CANCELLED || status == DeliveryStatus.DELIVERED) {
            throw new RejectedInputException("reason", "roadmap.error.already-finished");
        }
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
