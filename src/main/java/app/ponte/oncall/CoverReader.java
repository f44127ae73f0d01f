package app.ponte.oncall;

import app.ponte.organisation.TeamContact;
import app.ponte.organisation.TeamDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rota, its overrides and the escalation policy, and says whom a step pages: the one place the services,
 * the paging and the jobs ask, so that "who is on call" is worked out one way.
 */
@Component
@Transactional(readOnly = true)
class CoverReader {

    private final RotaRepository rotas;
    private final RotaOverrideRepository overrides;
    private final EscalationPolicyRepository policies;
    private final TeamDirectory team;

    CoverReader(RotaRepository rotas, RotaOverrideRepository overrides, EscalationPolicyRepository policies,
            TeamDirectory team) {
        this.rotas = rotas;
        this.overrides = overrides;
        this.policies = policies;
        this.team = team;
    }

    Optional<Rota> rota() {
        return rotas.findFirstByOrderByIdAsc();
    }

    /** The overrides not over yet at the instant. */
    List<RotaOverride> overridesFrom(Instant at) {
        return overrides.findByEndsAtAfterOrderByStartsAtAscIdAsc(at);
    }

    /** The rota and the overrides not over at the instant. */
    OnCallSchedule schedule(Instant at) {
        return new OnCallSchedule(rota().map(Rota::schedule).orElse(null),
                overridesFrom(at).stream().map(RotaOverride::span).toList());
    }

    List<EscalationStep> steps() {
        return policies.findFirstByOrderByIdAsc().map(EscalationPolicy::steps).orElse(EscalationPolicy.DEFAULT_STEPS);
    }

    /** The policy's lead(s), as chosen (whether still on the team or not); none while no policy was saved. */
    List<Long> leads() {
        return policies.findFirstByOrderByIdAsc().map(EscalationPolicy::leads).orElse(List.of());
    }

    /** Whether each of these people can be paged (an active member of the team), asked once for all of them. */
    LongPredicate onTeam(Collection<Long> accountIds) {
        Set<Long> active = team.contactsOnTeam(accountIds).keySet();
        return active::contains;
    }

    Map<Long, TeamContact> contacts(Collection<Long> accountIds) {
        return team.contactsOnTeam(accountIds);
    }

    /** Everybody the schedule names from the instant on (rota people and overrides' people). */
    Set<Long> peopleNamed(OnCallSchedule schedule) {
        Set<Long> people = new LinkedHashSet<>();
        if (schedule.rota() != null) {
            people.addAll(schedule.rota().members());
        }
        schedule.overrides().forEach(span -> people.add(span.personId()));
        return people;
    }

    /** Whom a step pages at the instant: only people still on the team; nobody when the step names nobody. */
    List<Long> respondersFor(EscalationStep step, OnCallSchedule schedule, Instant at) {
        List<Long> named = new ArrayList<>();
        Optional<Long> onCall = schedule.at(at).personId();
        switch (step.kind()) {
            case ON_CALL -> onCall.ifPresent(named::add);
            case NEXT_ON_ROTA -> {
                if (schedule.rota() != null) {
                    schedule.rota().nextPersonAfter(at).filter(next -> !onCall.equals(Optional.of(next)))
                            .ifPresent(named::add);
                }
            }
            case PEOPLE -> named.addAll(step.accountIds());
            case LEADS -> named.addAll(leads());
        }
        LongPredicate active = onTeam(named);
        return named.stream().filter(active::test).distinct().toList();
    }
}
