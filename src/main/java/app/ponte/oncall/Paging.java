package app.ponte.oncall;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The paging of one incident (one row per request, so a request is paged once): the policy step reached, when
 * the next step is due without an acknowledgement, and who acknowledged.
 */
@Entity
@Table(name = "incident_pagings")
class Paging extends AbstractEntity {

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, length = 20)
    private PagingCause cause;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    /** The index of the last policy step paged (0 = the first). */
    @Column(name = "step", nullable = false)
    private int step;

    @Column(name = "next_step_at")
    private @Nullable Instant nextStepAt;

    @Column(name = "acknowledged_by")
    private @Nullable Long acknowledgedBy;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    /** Set when the organisation's hourly page limit held the paging back: the pages it had in the last hour. */
    @Column(name = "withheld_pages")
    private @Nullable Integer withheldPages;

    /** What was done when no step of the policy named anybody who could be paged, and when. */
    @Enumerated(EnumType.STRING)
    @Column(name = "fallback", length = 20)
    private @Nullable PagingFallback fallback;

    @Column(name = "fallback_at")
    private @Nullable Instant fallbackAt;

    protected Paging() {
        this.title = "";
        this.cause = PagingCause.URGENT_INCIDENT;
        this.startedAt = Instant.EPOCH;
    }

    Paging(long requestId, long organisationId, String title, PagingCause cause, Instant now) {
        this.requestId = requestId;
        this.organisationId = organisationId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.cause = cause;
        this.startedAt = now;
        this.step = -1;
    }

    /** Step {@code index} was paged; the next is due at {@code nextStepAt}, or never after the last step. */
    void reached(int index, @Nullable Instant nextStep) {
        this.step = index;
        this.nextStepAt = nextStep;
    }

    /** Not paged: the organisation had {@code pagesInLastHour} pages in the last hour already. */
    void withhold(int pagesInLastHour) {
        this.withheldPages = pagesInLastHour;
    }

    /** Held back by the page limit and not paged since (the team setting P1 itself pages it). */
    boolean isWithheld() {
        return withheldPages != null && step < 0;
    }

    void fellBack(PagingFallback what, Instant now) {
        this.fallback = what;
        this.fallbackAt = now;
    }

    void acknowledge(long accountId, Instant now) {
        this.acknowledgedBy = accountId;
        this.acknowledgedAt = now;
        this.nextStepAt = null;
    }

    void close(Instant now) {
        this.closedAt = now;
        this.nextStepAt = null;
    }

    boolean isSettled() {
        return acknowledgedAt != null || closedAt != null;
    }

    PagingState state() {
        if (acknowledgedAt != null) {
            return PagingState.ACKNOWLEDGED;
        }
        if (closedAt != null) {
            return PagingState.CLOSED;
        }
        if (isWithheld()) {
            return PagingState.WITHHELD;
        }
        return nextStepAt == null ? PagingState.LAST_STEP : PagingState.WAITING;
    }

    /** Where the request's page is, relative to the app: what its notifications lead to. */
    String requestPath() {
        return "requests/" + requestId;
    }

    long id() {
        Long id = getId();
        return id == null ? 0 : id;
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

    PagingCause getCause() {
        return cause;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    int getStep() {
        return step;
    }

    @Nullable Instant getNextStepAt() {
        return nextStepAt;
    }

    @Nullable Long getAcknowledgedBy() {
        return acknowledgedBy;
    }

    @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    @Nullable Integer getWithheldPages() {
        return withheldPages;
    }

    @Nullable PagingFallback getFallback() {
        return fallback;
    }

    @Nullable Instant getFallbackAt() {
        return fallbackAt;
    }
}
