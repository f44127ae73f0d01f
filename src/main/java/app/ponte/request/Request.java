package app.ponte.request;

import app.ponte.base.AbstractEntity;
import app.ponte.base.SearchText;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Something an organisation asked of the team, with the answers of the guided form and where it stands. */
@Entity
@Table(name = "requests")
public class Request extends AbstractEntity {

    /** How long after delivery a requester may still say "this is not it" and re-open. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(14);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id", nullable = false)
    private Account requester;

    /** Who typed it in: the requester, or a team member filing on the organisation's behalf. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filed_by_id", nullable = false)
    private Account filedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private RequestStatus status = RequestStatus.NEW;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "search_title", nullable = false, length = 200)
    private String searchTitle;

    @Column(name = "problem", nullable = false, length = 4000)
    private String problem;

    @Column(name = "affected_people", length = 1000)
    private @Nullable String affectedPeople;

    @Column(name = "intended_use", length = 1000)
    private @Nullable String intendedUse;

    @Column(name = "business_impact", length = 1000)
    private @Nullable String businessImpact;

    @Column(name = "desired_date")
    private @Nullable LocalDate desiredDate;

    @Column(name = "desired_date_reason", length = 500)
    private @Nullable String desiredDateReason;

    @Column(name = "affected_system", length = 200)
    private @Nullable String affectedSystem;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", length = 20)
    private @Nullable Severity severity;

    @Column(name = "steps", length = 2000)
    private @Nullable String steps;

    @Column(name = "occurring_since", length = 200)
    private @Nullable String occurringSince;

    @Column(name = "systems_involved", length = 500)
    private @Nullable String systemsInvolved;

    @Column(name = "data_involved", length = 1000)
    private @Nullable String dataInvolved;

    @Column(name = "personal_data")
    private @Nullable Boolean personalData;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", length = 20)
    private @Nullable Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private @Nullable Account assignee;

    @Column(name = "decline_reason", length = 1000)
    private @Nullable String declineReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private @Nullable Request duplicateOf;

    /** The catalogue systems the request touches, by id: the catalogue owns them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_systems", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "system_id")
    private Set<Long> systemIds = new HashSet<>();

    /** Shared with every organisation: they see title and description and can add their support. */
    @Column(name = "shared", nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    // Written only by RequestRepository.recordDeadline, for the SLA clocks: read-only here.
    @Enumerated(EnumType.STRING)
    @Column(name = "sla_target", length = 20, insertable = false, updatable = false)
    private @Nullable SlaTarget slaTarget;

    @Column(name = "sla_due_at", insertable = false, updatable = false)
    private @Nullable Instant slaDueAt;

    @Column(name = "sla_at_risk_at", insertable = false, updatable = false)
    private @Nullable Instant slaAtRiskAt;

    @Column(name = "sla_paused", nullable = false, insertable = false, updatable = false)
    private boolean slaPaused;

    protected Request() {
    }

    Request(Organisation organisation, Account requester, Account filedBy, RequestDraft draft, Instant now) {
        this.organisation = organisation;
        this.requester = requester;
        this.filedBy = filedBy;
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.searchTitle = SearchText.normalise(title);
        this.problem = draft.problem().strip();
        if (kind.asksDiscovery()) {
            ProductAnswers product = draft.product();
            this.affectedPeople = stripped(product.affectedPeople());
            this.intendedUse = stripped(product.intendedUse());
            this.businessImpact = stripped(product.businessImpact());
            this.desiredDate = product.desiredDate();
            this.desiredDateReason = stripped(product.desiredDateReason());
        }
        if (kind.asksAffectedSystem()) {
            this.affectedSystem = stripped(draft.affectedSystem());
        }
        if (kind.asksFault()) {
            this.severity = draft.fault().severity();
            this.steps = stripped(draft.fault().steps());
            this.occurringSince = stripped(draft.fault().occurringSince());
        }
        if (kind.asksIntegration()) {
            this.systemsInvolved = stripped(draft.integration().systemsInvolved());
            this.dataInvolved = stripped(draft.integration().dataInvolved());
            this.personalData = draft.integration().personalData();
        }
        // Severity proposes the priority; the team changes it when it triages.
        this.priority = Priority.proposedFor(kind, severity);
        this.createdAt = now;
        this.updatedAt = now;
        this.statusChangedAt = now;
    }

    void touch(Set<Long> touched) {
        this.systemIds = new HashSet<>(touched);
    }

    void moveTo(RequestStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    void decline(String reason, Instant now) {
        this.declineReason = reason;
        moveTo(RequestStatus.DECLINED, now);
    }

    void markDuplicateOf(Request original, Instant now) {
        this.duplicateOf = original;
        moveTo(RequestStatus.DUPLICATE, now);
    }

    void share(boolean share, Instant now) {
        this.shared = share;
        this.updatedAt = now;
    }

    void triage(@Nullable Account assignee, @Nullable Priority priority, Instant now) {
        this.assignee = assignee;
        this.priority = priority;
        this.updatedAt = now;
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The product answers as given (none for the other kinds). */
    ProductAnswers productAnswers() {
        return new ProductAnswers(affectedPeople, intendedUse, businessImpact, desiredDate, desiredDateReason);
    }

    FaultAnswers faultAnswers() {
        return new FaultAnswers(severity, steps, occurringSince);
    }

    IntegrationAnswers integrationAnswers() {
        return new IntegrationAnswers(systemsInvolved, dataInvolved, personalData);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Account getRequester() {
        return requester;
    }

    public RequestKind getKind() {
        return kind;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public @Nullable String getAffectedPeople() {
        return affectedPeople;
    }

    public @Nullable String getIntendedUse() {
        return intendedUse;
    }

    public @Nullable String getBusinessImpact() {
        return businessImpact;
    }

    public @Nullable LocalDate getDesiredDate() {
        return desiredDate;
    }

    public @Nullable String getDesiredDateReason() {
        return desiredDateReason;
    }

    public @Nullable String getAffectedSystem() {
        return affectedSystem;
    }

    public @Nullable Severity getSeverity() {
        return severity;
    }

    public @Nullable String getSteps() {
        return steps;
    }

    public @Nullable String getOccurringSince() {
        return occurringSince;
    }

    public @Nullable String getSystemsInvolved() {
        return systemsInvolved;
    }

    public @Nullable String getDataInvolved() {
        return dataInvolved;
    }

    public @Nullable Boolean getPersonalData() {
        return personalData;
    }

    public @Nullable Priority getPriority() {
        return priority;
    }

    public @Nullable Account getAssignee() {
        return assignee;
    }

    public @Nullable String getDeclineReason() {
        return declineReason;
    }

    public @Nullable Request getDuplicateOf() {
        return duplicateOf;
    }

    public Set<Long> getSystemIds() {
        return Set.copyOf(systemIds);
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** A delivered request its requester may still re-open ("this is not it") within the window. */
    boolean reopenableAt(Instant now) {
        return status == RequestStatus.DELIVERED && statusChangedAt.plus(REOPEN_WINDOW).isAfter(now);
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    /** The SLA clocks' copy of the next deadline (see {@link RequestDeadlines}). */
    public SupportDeadline getDeadline() {
        return new SupportDeadline(slaTarget, slaDueAt, slaAtRiskAt, slaPaused);
    }

}
