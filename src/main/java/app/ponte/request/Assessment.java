package app.ponte.request;

import app.ponte.base.AbstractEntity;
import app.ponte.organisation.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The team's assessment of one request (see {@link AssessmentDraft}); re-assessing replaces it. */
@Entity
@Table(name = "request_assessments")
class Assessment extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private Request request;

    @Column(name = "feasibility", nullable = false, length = 1000)
    private String feasibility;

    @Column(name = "effort_optimistic", nullable = false, precision = 6, scale = 1)
    private BigDecimal effortOptimistic;

    @Column(name = "effort_likely", nullable = false, precision = 6, scale = 1)
    private BigDecimal effortLikely;

    @Column(name = "effort_pessimistic", nullable = false, precision = 6, scale = 1)
    private BigDecimal effortPessimistic;

    @Column(name = "dependencies", length = 1000)
    private @Nullable String dependencies;

    @Column(name = "security_impact", nullable = false, length = 1000)
    private String securityImpact;

    @Column(name = "personal_data", nullable = false)
    private boolean personalData;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", length = 40)
    private @Nullable LegalBasis legalBasis;

    @Column(name = "data_categories", length = 500)
    private @Nullable String dataCategories;

    @Column(name = "encryption_needed")
    private @Nullable Boolean encryptionNeeded;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk", nullable = false, length = 20)
    private Risk risk;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 30)
    private AssessmentDecision decision;

    @Column(name = "conditions", length = 1000)
    private @Nullable String conditions;

    @Column(name = "reasoning", nullable = false, length = 2000)
    private String reasoning;

    @Column(name = "internal_notes", length = 2000)
    private @Nullable String internalNotes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessed_by_id", nullable = false)
    private Account assessedBy;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected Assessment() {
    }

    Assessment(Request request) {
        this.request = request;
    }

    /** Takes a checked draft (see {@link AssessmentDraft#check}). */
    void record(AssessmentDraft draft, Account by, Instant now) {
        this.feasibility = draft.feasibility().strip();
        this.effortOptimistic = draft.effortOptimistic();
        this.effortLikely = draft.effortLikely();
        this.effortPessimistic = draft.effortPessimistic();
        this.dependencies = blankToNull(draft.dependencies());
        this.securityImpact = draft.securityImpact().strip();
        this.personalData = draft.personalData();
        this.legalBasis = draft.personalData() ? draft.legalBasis() : null;
        this.dataCategories = draft.personalData() ? blankToNull(draft.dataCategories()) : null;
        this.encryptionNeeded = draft.personalData() ? draft.encryptionNeeded() : null;
        this.risk = draft.risk();
        this.decision = draft.decision();
        this.conditions = blankToNull(draft.conditions());
        this.reasoning = draft.reasoning().strip();
        this.internalNotes = blankToNull(draft.internalNotes());
        this.assessedBy = by;
        this.assessedAt = now;
    }

    AssessmentOutcome outcome(boolean forTeam) {
        AssessmentDraft full = forTeam ? new AssessmentDraft(feasibility, effortOptimistic, effortLikely,
                effortPessimistic, dependencies, securityImpact, personalData, legalBasis, dataCategories,
                encryptionNeeded, risk, decision, conditions, reasoning, internalNotes) : null;
        return new AssessmentOutcome(decision, conditions, reasoning, effortOptimistic, effortLikely,
                effortPessimistic, assessedAt, full);
    }

    AssessmentDecision getDecision() {
        return decision;
    }

    BigDecimal getEffortLikely() {
        return effortLikely;
    }

    BigDecimal getEffortPessimistic() {
        return effortPessimistic;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
