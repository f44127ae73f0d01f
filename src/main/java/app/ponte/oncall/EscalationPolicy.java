package app.ponte.oncall;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The team's one escalation policy (a single row): the ordered steps a page climbs without an acknowledgement, and
 * the team's lead(s), whom a LEADS step pages, an SLA breach tells, and the paging falls back to when no step names
 * anybody who can be paged.
 */
@Entity
@Table(name = "escalation_policies")
class EscalationPolicy extends AbstractEntity {

    /** What a policy says before an admin saved one: the person on call, then the next person of the rota. */
    static final List<EscalationStep> DEFAULT_STEPS = List.of(
            new EscalationStep(StepKind.ON_CALL, EscalationStep.DEFAULT_MINUTES, List.of()),
            new EscalationStep(StepKind.NEXT_ON_ROTA, EscalationStep.DEFAULT_MINUTES, List.of()));

    /** A stored step; the people of a step are few (a secondary, the leads), kept as comma-separated ids. */
    @Embeddable
    record StoredStep(
            @Enumerated(EnumType.STRING) @Column(name = "step_kind", nullable = false, length = 20) StepKind kind,
            @Column(name = "ack_minutes", nullable = false) int ackMinutes,
            @Column(name = "account_ids", nullable = false, length = 400) String accountIds) {

        static StoredStep of(EscalationStep step) {
            return new StoredStep(step.kind(), step.ackMinutes(),
                    step.accountIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }

        EscalationStep step() {
            List<Long> ids = accountIds.isBlank() ? List.of()
                    : Arrays.stream(accountIds.split(",")).map(Long::valueOf).toList();
            return new EscalationStep(kind, ackMinutes, ids);
        }
    }

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_steps", joinColumns = @JoinColumn(name = "policy_id"))
    @OrderColumn(name = "list_index")
    private List<StoredStep> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_policy_leads", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> leads = new HashSet<>();

    protected EscalationPolicy() {
        this.updatedAt = Instant.EPOCH;
    }

    EscalationPolicy(List<EscalationStep> steps, Collection<Long> leads, Instant now) {
        change(steps, leads, now);
        this.updatedAt = now;
    }

    void change(List<EscalationStep> newSteps, Collection<Long> newLeads, Instant now) {
        this.steps.clear();
        newSteps.stream().map(StoredStep::of).forEach(this.steps::add);
        this.leads.retainAll(newLeads);
        this.leads.addAll(newLeads);
        this.updatedAt = now;
    }

    List<EscalationStep> steps() {
        return steps.stream().map(StoredStep::step).toList();
    }

    /** The leads' account ids, in id order. */
    List<Long> leads() {
        return leads.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return steps() + " leads=" + leads();
    }
}
