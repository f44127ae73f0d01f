package app.ponte.sla;

import app.ponte.base.AbstractEntity;
import app.ponte.request.Priority;
import app.ponte.request.RequestKind;
import app.ponte.request.SlaTarget;
import app.ponte.request.SupportDeadline;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The SLA clock of one support request: its copy of the request facts it needs, its two targets (due and at-risk
 * instants, moved by pauses and re-computed when the priority or plan changes), when each was met, what the
 * scan has told already, and when the scan must look again ({@code nextCheckAt}).
 */
@Entity
@Table(name = "sla_clocks")
class SupportClock extends AbstractEntity {

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind", nullable = false, length = 20)
    private RequestKind requestKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 20)
    private Priority priority;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "assignee_id")
    private @Nullable Long assigneeId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "first_response_due_at")
    private @Nullable Instant firstResponseDueAt;

    @Column(name = "first_response_at_risk_at")
    private @Nullable Instant firstResponseAtRiskAt;

    @Column(name = "first_responded_at")
    private @Nullable Instant firstRespondedAt;

    @Column(name = "resolution_due_at")
    private @Nullable Instant resolutionDueAt;

    @Column(name = "resolution_at_risk_at")
    private @Nullable Instant resolutionAtRiskAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "paused_since")
    private @Nullable Instant pausedSince;

    @Column(name = "at_risk_told_at")
    private @Nullable Instant atRiskToldAt;

    @Column(name = "breach_told_at")
    private @Nullable Instant breachToldAt;

    @Column(name = "next_check_at")
    private @Nullable Instant nextCheckAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupportClock() {
        this.title = "";
        this.requestKind = RequestKind.QUESTION;
        this.priority = Priority.NORMAL;
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    SupportClock(long requestId, long organisationId, String title, RequestKind requestKind, Priority priority,
            long planId, @Nullable Long assigneeId, Instant startedAt) {
        this.requestId = requestId;
        this.organisationId = organisationId;
        this.title = title;
        this.requestKind = requestKind;
        this.priority = priority;
        this.planId = planId;
        this.assigneeId = assigneeId;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
    }

    /**
     * The target the clock runs for now: the first response until it is given, then the resolution. A resolved
     * clock runs for nothing, even when its first response was never given (that one stays missing).
     */
    @Nullable SlaTarget currentTarget() {
        if (firstRespondedAt == null && firstResponseDueAt != null && resolvedAt == null) {
            return SlaTarget.FIRST_RESPONSE;
        }
        if (resolvedAt == null && resolutionDueAt != null) {
            return SlaTarget.RESOLUTION;
        }
        return null;
    }

    /** The next deadline as the request lists show it (paused: the due time is not known until it resumes). */
    SupportDeadline deadline() {
        SlaTarget target = currentTarget();
        if (target == null) {
            return SupportDeadline.NONE;
        }
        return target == SlaTarget.FIRST_RESPONSE
                ? new SupportDeadline(target, firstResponseDueAt, firstResponseAtRiskAt, pausedSince != null)
                : new SupportDeadline(target, resolutionDueAt, resolutionAtRiskAt, pausedSince != null);
    }

    /**
     * When the scan must look at this clock next, said once for the clocks and the scan: the current target's
     * at-risk instant until that was told, then its due instant until the breach was told; never while paused.
     * The told marks belong to the current target: whoever moves the clock to its next target clears them.
     */
    void scheduleNextCheck() {
        SupportDeadline next = deadline();
        if (next.target() == null || next.paused()) {
            nextCheckAt = null;
        } else if (atRiskToldAt == null) {
            nextCheckAt = next.atRiskAt();
        } else if (breachToldAt == null) {
            nextCheckAt = next.dueAt();
        } else {
            nextCheckAt = null;
        }
    }

    /** The request facts the clock keeps a copy of. */
    void copy(String title, @Nullable Long assigneeId, Instant now) {
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.assigneeId = assigneeId;
        this.updatedAt = now;
    }

    /** Runs on another priority or plan from now on (the targets are computed again by the caller). */
    void runOn(Priority priority, long planId) {
        this.priority = priority;
        this.planId = planId;
    }

    /** The first response's due and at-risk instants; left alone once it was given or the request resolved. */
    void firstResponseDue(ClockTimeline.@Nullable Due due) {
        if (firstRespondedAt == null && resolvedAt == null) {
            this.firstResponseDueAt = due == null ? null : due.dueAt();
            this.firstResponseAtRiskAt = due == null ? null : due.atRiskAt();
        }
    }

    /** The resolution's due and at-risk instants; left alone once resolved. */
    void resolutionDue(ClockTimeline.@Nullable Due due) {
        if (resolvedAt == null) {
            this.resolutionDueAt = due == null ? null : due.dueAt();
            this.resolutionAtRiskAt = due == null ? null : due.atRiskAt();
        }
    }

    /** Every target's due and at-risk instants, met or not: a clock computed again from its whole history. */
    void restartTargets(ClockTimeline.@Nullable Due firstResponse, ClockTimeline.@Nullable Due resolution) {
        this.firstResponseDueAt = firstResponse == null ? null : firstResponse.dueAt();
        this.firstResponseAtRiskAt = firstResponse == null ? null : firstResponse.atRiskAt();
        this.resolutionDueAt = resolution == null ? null : resolution.dueAt();
        this.resolutionAtRiskAt = resolution == null ? null : resolution.atRiskAt();
    }

    void respond(Instant at) {
        this.firstRespondedAt = at;
        clearTold();
    }

    void resolve(Instant at) {
        this.resolvedAt = at;
        clearTold();
    }

    void reopen() {
        this.resolvedAt = null;
        clearTold();
    }

    void pause(Instant at) {
        this.pausedSince = at;
    }

    void resume() {
        this.pausedSince = null;
    }

    void toldAtRisk(Instant at) {
        this.atRiskToldAt = at;
    }

    void toldBreach(Instant at) {
        this.breachToldAt = at;
    }

    /** The current target changed or moved: what was told of the old one says nothing of it. */
    void clearTold() {
        this.atRiskToldAt = null;
        this.breachToldAt = null;
    }

    /** Whether a target is still to be met (the clock is not resolved). */
    boolean isOpen() {
        return resolvedAt == null;
    }

    /** The due instant of a target as stored. */
    @Nullable Instant dueOf(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseDueAt : resolutionDueAt;
    }

    /** The at-risk instant of a target as stored. */
    @Nullable Instant atRiskOf(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseAtRiskAt : resolutionAtRiskAt;
    }

    /** When a target was met, if it was. */
    @Nullable Instant metAt(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstRespondedAt : resolvedAt;
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

    RequestKind getRequestKind() {
        return requestKind;
    }

    Priority getPriority() {
        return priority;
    }

    long getPlanId() {
        return planId;
    }

    @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable Instant getFirstResponseDueAt() {
        return firstResponseDueAt;
    }

    @Nullable Instant getFirstResponseAtRiskAt() {
        return firstResponseAtRiskAt;
    }

    @Nullable Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    @Nullable Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    @Nullable Instant getResolutionAtRiskAt() {
        return resolutionAtRiskAt;
    }

    @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    @Nullable Instant getPausedSince() {
        return pausedSince;
    }

    @Nullable Instant getAtRiskToldAt() {
        return atRiskToldAt;
    }

    @Nullable Instant getBreachToldAt() {
        return breachToldAt;
    }

    @Nullable Instant getNextCheckAt() {
        return nextCheckAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
