package app.ponte.roadmap;

import app.ponte.base.AbstractEntity;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A partial delivery of an initiative: what part of the value it brings, its committed date, its delivery. */
@Entity
@Table(name = "milestones")
class Milestone extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id", nullable = false, updatable = false)
    private Initiative initiative;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "delivers", nullable = false, length = 1000)
    private String delivers;

    /**
     * Read by every organisation that sees the initiative; otherwise only by those whose requests it delivers
     * (the rule is {@link MilestoneRepository#READ_BY}).
     */
    @Column(name = "public_item", nullable = false)
    private boolean publicItem;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status = DeliveryStatus.PLANNED;

    @Column(name = "committed_on")
    private @Nullable LocalDate committedOn;

    /** Why the date was committed as it is, when it lies outside the proposal or was changed. */
    @Column(name = "commit_reason", length = 1000)
    private @Nullable String commitReason;

    @Column(name = "delivered_on")
    private @Nullable LocalDate deliveredOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "milestone_requests", joinColumns = @JoinColumn(name = "milestone_id"))
    private Set<LinkedRequest> requests = new HashSet<>();

    protected Milestone() {
    }

    Milestone(Initiative initiative, MilestoneDraft draft, Instant now) {
        this.initiative = initiative;
        this.createdAt = now;
        set(draft.checked(), now);
    }

    /** A delivered or cancelled milestone takes no more requests, dates or deliveries. */
    void requireOpen(String field) {
        if (status == DeliveryStatus.DELIVERED) {
            throw new RejectedInputException(field, "roadmap.error.already-delivered");
        }
        if (status == DeliveryStatus.CANCELLED) {
            throw new RejectedInputException(field, "roadmap.error.cancelled");
        }
    }

    void link(LinkedRequest request, Instant now) {
        requests.add(request);
        this.updatedAt = now;
    }

    /** Takes the request out; the organisation it belonged to, when it was linked. */
    Optional<Long> unlink(long requestId, Instant now) {
        Optional<LinkedRequest> linked = requests.stream().filter(r -> r.requestId() == requestId).findFirst();
        linked.ifPresent(request -> {
            requests.remove(request);
            this.updatedAt = now;
        });
        return linked.map(LinkedRequest::organisationId);
    }

    /** Whether a request of the organisation is still linked (not the text of what it delivers). */
    boolean hasRequestOf(long organisationId) {
        return requests.stream().anyMatch(r -> r.organisationId() == organisationId);
    }

    void commit(LocalDate date, Reason reason, Instant now) {
        this.committedOn = date;
        this.commitReason = reason.isEmpty() ? null : reason.text();
        this.updatedAt = now;
    }

    void edit(MilestoneDraft draft, Instant now) {
        set(draft.checked(), now);
    }

    private void set(MilestoneDraft checked, Instant now) {
        this.title = checked.title();
        this.delivers = checked.delivers();
        this.publicItem = checked.publicItem();
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        if (status != DeliveryStatus.DELIVERED) {
            this.status = DeliveryStatus.CANCELLED;
            this.updatedAt = now;
        }
    }

    void deliver(LocalDate on, Instant now) {
        this.status = DeliveryStatus.DELIVERED;
        this.deliveredOn = on;
        this.updatedAt = now;
    }

    Initiative getInitiative() {
        return initiative;
    }

    String getTitle() {
        return title;
    }

    String getDelivers() {
        return delivers;
    }

    DeliveryStatus getStatus() {
        return status;
    }

    boolean isPublicItem() {
        return publicItem;
    }

    @Nullable LocalDate getCommittedOn() {
        return committedOn;
    }

    @Nullable String getCommitReason() {
        return commitReason;
    }

    @Nullable LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    Set<LinkedRequest> getRequests() {
        return requests;
    }

    List<Long> requestIds() {
        return requests.stream().map(LinkedRequest::requestId).toList();
    }

    /** The organisations whose requests it delivers: those its date is promised to. */
    Set<Long> organisationIds() {
        return requests.stream().map(LinkedRequest::organisationId).collect(Collectors.toSet());
    }

    InitiativeOverview.MilestoneOverview overview() {
        return new InitiativeOverview.MilestoneOverview(getId(), title, delivers, publicItem, status, committedOn,
                commitReason, deliveredOn, getVersion());
    }
}
