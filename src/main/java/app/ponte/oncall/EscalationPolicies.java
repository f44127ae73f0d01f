package app.ponte.oncall;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.RejectedInputException;
import app.ponte.base.Versioned;
import app.ponte.security.AdminOnly;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation policy: step 1 pages the person on call, later steps a secondary (named, or the next person of
 * the rota) and last the lead(s), each after its minutes without an acknowledgement. The policy also names the
 * team's lead(s), the one list an SLA breach is escalated to ({@link PolicyLeads}). Admins edit, the team reads.
 */
@Service
@Transactional(readOnly = true)
public class EscalationPolicies {

    /**
     * The policy's steps in order and the lead(s)' account ids; {@code version} is null while the default was never
     * saved.
     */
    public record PolicyView(List<EscalationStep> steps, List<Long> leadIds, @Nullable Long version) {
    }

    static final int MAX_STEPS = 10;
    static final int MAX_PEOPLE = 20;
    static final int MAX_MINUTES = 24 * 60;

    private final EscalationPolicyRepository policies;
    private final CoverReader cover;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalationPolicies(EscalationPolicyRepository policies, CoverReader cover, ApplicationEventPublisher events,
            Clock clock) {
        this.policies = policies;
        this.cover = cover;
        this.events = events;
        this.clock = clock;
    }

    @TeamOnly
    public PolicyView policy() {
        return policies.findFirstByOrderByIdAsc().map(p -> new PolicyView(p.steps(), p.leads(), p.getVersion()))
                .orElse(new PolicyView(EscalationPolicy.DEFAULT_STEPS, List.of(), null));
    }

    /**
     * Saves the steps and the lead(s); refused without a step, with a step of 0 minutes, naming nobody or somebody
     * off the team, with a lead off the team, or with a LEADS step while no lead is chosen.
     */
    @AdminOnly
    @Transactional
    public void save(List<EscalationStep> steps, Collection<Long> leadIds, @Nullable Long expectedVersion) {
        Set<Long> leads = new TreeSet<>(leadIds);
        check(steps, leads);
        checkLeads(leads);
        Optional<EscalationPolicy> existing = policies.findFirstByOrderByIdAsc();
        Versioned.requireVersion(existing, expectedVersion);
        String before = existing.map(EscalationPolicy::toString).orElse(null);
        EscalationPolicy policy = existing.orElseGet(() -> new EscalationPolicy(steps, leads, clock.instant()));
        policy.change(steps, leads, clock.instant());
        policy = policies.saveAndFlush(policy);
        events.publishEvent(new AdministrativeChange("oncall.policy.save", "EscalationPolicy", policy.getId(), null,
                before, policy.toString()));
    }

    private void checkLeads(Set<Long> leads) {
        if (leads.size() > MAX_PEOPLE) {
            throw new RejectedInputException("leads", "oncall.policy.error.too-many-leads", MAX_PEOPLE);
        }
        LongPredicate onTeam = cover.onTeam(leads);
        if (leads.stream().anyMatch(id -> !onTeam.test(id))) {
            throw new RejectedInputException("leads", "oncall.policy.error.lead-not-team");
        }
    }

    private void check(List<EscalationStep> steps, Set<Long> leads) {
        if (steps.isEmpty()) {
            throw new RejectedInputException("steps", "oncall.policy.error.no-step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new RejectedInputException("steps", "oncall.policy.error.too-many", MAX_STEPS);
        }
        for (int i = 0; i < steps.size(); i++) {
            EscalationStep step = steps.get(i);
            int number = i + 1;
            if (step.ackMinutes() < 1) {
                throw new RejectedInputException("steps", "oncall.policy.error.zero-minutes", number);
            }
            if (step.ackMinutes() > MAX_MINUTES) {
                throw new RejectedInputException("steps", "oncall.policy.error.too-long", number, MAX_MINUTES);
            }
            if (step.kind() == StepKind.LEADS && leads.isEmpty()) {
                throw new RejectedInputException("leads", "oncall.policy.error.no-leads", number);
            }
            if (step.kind() == StepKind.PEOPLE) {
                if (step.accountIds().isEmpty()) {
                    throw new RejectedInputException("steps", "oncall.policy.error.nobody", number);
                }
                if (step.accountIds().size() > MAX_PEOPLE) {
                    throw new RejectedInputException("steps", "oncall.policy.error.too-many-people", number,
                            MAX_PEOPLE);
                }
                LongPredicate onTeam = cover.onTeam(step.accountIds());
                if (step.accountIds().stream().anyMatch(id -> !onTeam.test(id))) {
                    throw new RejectedInputException("steps", "oncall.policy.error.not-team", number);
                }
            }
        }
    }
}
