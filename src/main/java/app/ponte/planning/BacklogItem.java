package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestPlanningFacts;
import app.ponte.request.RequestStatus;
import app.ponte.request.Severity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A request as planning sees it: a copy of the facts that rank it (kept current from
 * {@link RequestPlanningFacts} events), the team's own inputs (impact, confidence, a target date), the
 * points of each input, the score, and where the schedule places it. The score itself is written by
 * {@link ScoreRecalculation}, in SQL, so that one item and a million are scored by the same formula; only
 * changed columns are written, so a save never puts back a score the recalculation replaced.
 */
@Entity
@DynamicUpdate
@Table(name = "backlog_items")
class BacklogItem extends AbstractEntity {

    /** Work accepted without an assessment (a bug, an incident) counts as this many days. */
    static final BigDecimal UNASSESSED_EFFORT = BigDecimal.valueOf(2);

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    /** The requester's organisation, by id: the organisation feature knows its name. */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lane", nullable = false, length = 10)
    private Lane lane;

    @Column(name = "open_item", nullable = false)
    private boolean open;

    @Column(name = "accepted", nullable = false)
    private boolean accepted;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", length = 20)
    private @Nullable Severity severity;

    @Column(name = "impact")
    private @Nullable Integer impact;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidence", length = 10)
    private @Nullable Confidence confidence;

    @Column(name = "reach_organisations", nullable = false)
    private int reachOrganisations;

    @Column(name = "desired_date")
    private @Nullable LocalDate desiredDate;

    /** A date the team set (re-scheduling a conflict); it replaces the desired date. */
    @Column(name = "target_date")
    private @Nullable LocalDate targetDate;

    /** The date urgency counts towards: the target or desired date, pulled before the requester's own freeze. */
    @Column(name = "deadline")
    private @Nullable LocalDate deadline;

    @Column(name = "deadline_freeze_id")
    private @Nullable Long deadlineFreezeId;

    @Column(name = "effort_likely", precision = 6, scale = 1)
    private @Nullable BigDecimal effortLikely;

    @Column(name = "effort_pessimistic", precision = 6, scale = 1)
    private @Nullable BigDecimal effortPessimistic;

    @Column(name = "reach_points", nullable = false)
    private int reachPoints;

    @Column(name = "impact_points", nullable = false)
    private int impactPoints;

    @Column(name = "urgency_points", nullable = false)
    private int urgencyPoints;

    @Column(name = "confidence_points", nullable = false)
    private int confidencePoints;

    @Column(name = "effort_points", nullable = false)
    private int effortPoints;

    @Column(name = "organisation_weight", nullable = false, precision = 3, scale = 1)
    private BigDecimal organisationWeight = BigDecimal.ONE;

    @Column(name = "computed_score", nullable = false)
    private double computedScore;

    /** Set by a manual re-ranking: the score that puts the item where the team placed it. */
    @Column(name = "manual_score")
    private @Nullable Double manualScore;

    @Column(name = "effective_score", nullable = false)
    private double effectiveScore;

    @Column(name = "planned_start")
    private @Nullable LocalDate plannedStart;

    @Column(name = "planned_finish")
    private @Nullable LocalDate plannedFinish;

    @Column(name = "latest_finish")
    private @Nullable LocalDate latestFinish;

    @Column(name = "scored_at")
    private @Nullable Instant scoredAt;

    // Fetched for many items at once when several are refreshed (a freeze window's organisation's items).
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "backlog_item_systems", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "system_id")
    private Set<Long> systemIds = new HashSet<>();

    protected BacklogItem() {
    }

    BacklogItem(RequestPlanningFacts facts) {
        this.requestId = facts.requestId();
        this.organisationId = facts.organisationId();
    }

    /** Copies the request's facts and works out the points that do not depend on the day. */
    void copy(RequestPlanningFacts facts, BigDecimal organisationWeight) {
        this.title = facts.title();
        this.kind = facts.kind();
        this.status = facts.status();
        this.lane = facts.isSupport() ? Lane.SUPPORT : Lane.PRODUCT;
        this.open = facts.status().isOpen();
        this.accepted = facts.isAccepted();
        this.severity = facts.severity();
        this.reachOrganisations = 1 + facts.supportingOrganisations();
        this.desiredDate = facts.desiredDate();
        this.effortLikely = facts.effortLikely();
        this.effortPessimistic = facts.effortPessimistic();
        this.systemIds.retainAll(facts.systemIds());
        this.systemIds.addAll(facts.systemIds());
        this.organisationWeight = organisationWeight;
        if (!accepted) {
            plannedStart = null;
            plannedFinish = null;
            latestFinish = null;
        }
        refreshStaticPoints();
    }

    void rate(@Nullable Integer impact, @Nullable Confidence confidence) {
        this.impact = impact;
        this.confidence = confidence;
        refreshStaticPoints();
    }

    void retarget(@Nullable LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    /** The date urgency counts towards, before any freeze pulls it earlier. */
    @Nullable LocalDate askedDate() {
        return targetDate != null ? targetDate : desiredDate;
    }

    void setDeadline(@Nullable LocalDate deadline, @Nullable Long freezeId) {
        this.deadline = deadline;
        this.deadlineFreezeId = freezeId;
    }

    void placeManually(double score) {
        this.manualScore = score;
        this.effectiveScore = score;
    }

    void returnToComputedScore() {
        this.manualScore = null;
        this.effectiveScore = computedScore;
    }

    /** Where the schedule places the item; returns whether anything changed. */
    boolean schedule(@Nullable LocalDate start, @Nullable LocalDate finish, @Nullable LocalDate latest) {
        boolean changed = !Objects.equals(start, plannedStart) || !Objects.equals(finish,
                plannedFinish) || !Objects.equals(latest, latestFinish);
        this.plannedStart = start;
        this.plannedFinish = finish;
        this.latestFinish = latest;
        return changed;
    }

    private void refreshStaticPoints() {
        this.reachPoints = ScorePoints.reach(reachOrganisations);
        this.impactPoints = ScorePoints.impact(impact);
        this.confidencePoints = ScorePoints.confidence(confidence);
        this.effortPoints = ScorePoints.effort(effortLikely);
    }

    /** Likely days of work this item takes from the team's capacity. */
    BigDecimal likelyDays() {
        return effortLikely != null ? effortLikely : UNASSESSED_EFFORT;
    }

    BigDecimal pessimisticDays() {
        return effortPessimistic != null ? effortPessimistic : UNASSESSED_EFFORT;
    }

    long getRequestId() {
        return requestId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getTitle() {
        return title;
    }

    RequestKind getKind() {
        return kind;
    }

    RequestStatus getStatus() {
        return status;
    }

    Lane getLane() {
        return lane;
    }

    boolean isOpen() {
        return open;
    }

    boolean isAccepted() {
        return accepted;
    }

    @Nullable Severity getSeverity() {
        return severity;
    }

    @Nullable Integer getImpact() {
        return impact;
    }

    @Nullable Confidence getConfidence() {
        return confidence;
    }

    int getReachOrganisations() {
        return reachOrganisations;
    }

    @Nullable LocalDate getDesiredDate() {
        return desiredDate;
    }

    @Nullable LocalDate getTargetDate() {
        return targetDate;
    }

    @Nullable LocalDate getDeadline() {
        return deadline;
    }

    @Nullable Long getDeadlineFreezeId() {
        return deadlineFreezeId;
    }

    @Nullable BigDecimal getEffortLikely() {
        return effortLikely;
    }

    @Nullable BigDecimal getEffortPessimistic() {
        return effortPessimistic;
    }

    int getReachPoints() {
        return reachPoints;
    }

    int getImpactPoints() {
        return impactPoints;
    }

    int getUrgencyPoints() {
        return urgencyPoints;
    }

    int getConfidencePoints() {
        return confidencePoints;
    }

    int getEffortPoints() {
        return effortPoints;
    }

    BigDecimal getOrganisationWeight() {
        return organisationWeight;
    }

    double getComputedScore() {
        return computedScore;
    }

    @Nullable Double getManualScore() {
        return manualScore;
    }

    double getEffectiveScore() {
        return effectiveScore;
    }

    @Nullable LocalDate getPlannedStart() {
        return plannedStart;
    }

    @Nullable LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    @Nullable LocalDate getLatestFinish() {
        return latestFinish;
    }

    @Nullable Instant getScoredAt() {
        return scoredAt;
    }

    Set<Long> getSystemIds() {
        return systemIds;
    }
}
