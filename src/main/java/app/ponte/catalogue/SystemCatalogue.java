package app.ponte.catalogue;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.LikePattern;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.InternalToServices;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The systems the team runs. The team and admins keep the catalogue; every change is audited. A
 * department or client sees the systems it depends on (for its freeze windows and its requests).
 */
@Service
@Transactional(readOnly = true)
public class SystemCatalogue {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 1000;
    static final BigDecimal LOWEST_TARGET = new BigDecimal("90");
    static final BigDecimal HIGHEST_TARGET = new BigDecimal("100");

    private final SystemRepository systems;
    private final TeamDirectory team;
    private final OrganisationNames names;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SystemCatalogue(SystemRepository systems, TeamDirectory team, OrganisationNames names, OrganisationScope scope,
            ApplicationEventPublisher events, Clock clock) {
        this.systems = systems;
        this.team = team;
        this.names = names;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Systems by name: all for the team, the ones its organisation depends on for anybody else. */
    @AnyoneSignedIn
    public Slice<SystemSummary> list(String nameStart, Pageable pageable) {
        String pattern = LikePattern.startsWith(nameStart == null ? "" : nameStart.strip().toLowerCase(Locale.ROOT));
        Slice<SystemListing> page = systems.findListed(scope.restriction(), pattern, pageable);
        Map<Long, PersonOption> owners = names.people(page.map(SystemListing::ownerId).toSet());
        return page.map(row -> row.named(owners.containsKey(row.ownerId()) ? owners.get(row.ownerId()).displayName()
                : ""));
    }

    /** System id → name, for other features' pages that point at systems by id (unknown ids left out). */
    @AnyoneSignedIn
    public Map<Long, String> names(Collection<Long> systemIds) {
        if (systemIds.isEmpty()) {
            return Map.of();
        }
        return systems.findNames(Set.copyOf(systemIds)).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /**
     * The systems named, if the organisation depends on every one of them: what a request of that
     * organisation may touch. For other services, inside their transaction.
     */
    @AnyoneSignedIn
    public Set<Long> dependedOnBy(long organisationId, Set<Long> systemIds) {
        List<OperatedSystem> found = systems.findAllById(systemIds);
        boolean all = found.size() == systemIds.size()
                && found.stream().allMatch(system -> system.isDependedOnBy(organisationId));
        if (!all) {
            throw new RejectedInputException("systems", "request.error.system-not-dependent");
        }
        return Set.copyOf(systemIds);
    }

    /**
     * The ids of the systems whose name starts with this (case-insensitive): how request lists filter by a
     * system's name. Internal to services: the list query calls it inside its own, already scoped, call.
     */
    @InternalToServices
    public Set<Long> namedLike(String nameStart) {
        return Set.copyOf(systems.findIdsByNamePattern(
                LikePattern.startsWith(nameStart.strip().toLowerCase(Locale.ROOT))));
    }

    /**
     * Whether any of these systems is marked critical: the on-call feature pages for an incident on one. Internal to
     * services: it answers for any ids and tells nothing but a yes or no the calling service acts on.
     */
    @InternalToServices
    public boolean anyCritical(Collection<Long> systemIds) {
        return !systemIds.isEmpty() && systems.anyCritical(Set.copyOf(systemIds));
    }

    @TeamOnly
    public SystemDetails details(long id) {
        OperatedSystem system = systems.findById(id).orElseThrow(() -> scope.notFound("system.read", "System", id));
        return new SystemDetails(system.getId(), system.getVersion(), system.getName(), system.getDescription(),
                system.getOwnerId(), system.getCriticality(), system.getAvailabilityTarget(),
                dependents(system.getDependentIds()));
    }

    @TeamOnly
    @Transactional
    public SystemDetails create(SystemDraft draft) {
        OperatedSystem system = new OperatedSystem(clock.instant());
        apply(system, draft, null);
        systems.saveAndFlush(system);
        events.publishEvent(new AdministrativeChange("system.create", "System", system.getId(), null, null,
                describe(system)));
        return details(system.getId());
    }

    @TeamOnly
    @Transactional
    public SystemDetails update(long id, SystemDraft draft, long expectedVersion) {
        OperatedSystem system = systems.findById(id).orElseThrow(() -> scope.notFound("system.update", "System", id));
        system.requireVersion(expectedVersion);
        String before = describe(system);
        apply(system, draft, id);
        systems.saveAndFlush(system);
        events.publishEvent(new AdministrativeChange("system.update", "System", id, null, before, describe(system)));
        return details(id);
    }

    private void apply(OperatedSystem system, SystemDraft draft, @Nullable Long id) {
        String name = TextRules.required("name", draft.name(), NAME_MAX);
        systems.findByName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RejectedInputException("name", "system.error.name-taken", name);
        });
        String description = TextRules.optionalOrNull("description", draft.description(), DESCRIPTION_MAX);
        if (draft.ownerId() == null || !team.isActiveTeamPerson(draft.ownerId())) {
            throw new RejectedInputException("owner", "system.error.owner");
        }
        if (draft.criticality() == null) {
            throw new RejectedInputException("criticality", "system.error.criticality");
        }
        BigDecimal target = draft.availabilityTarget();
        if (target == null || target.compareTo(LOWEST_TARGET) < 0 || target.compareTo(HIGHEST_TARGET) > 0
                || target.stripTrailingZeros().scale() > 3) {
            throw new RejectedInputException("availabilityTarget", "system.error.target");
        }
        Set<Long> dependentIds = Set.copyOf(draft.dependentIds());
        List<OrganisationSummary> dependents = names.summaries(dependentIds);
        if (dependents.size() != dependentIds.size()
                || dependents.stream().anyMatch(o -> o.kind() == OrganisationKind.TEAM)) {
            throw new RejectedInputException("dependents", "system.error.dependent");
        }
        system.update(name, description, draft.ownerId(), draft.criticality(), target, dependentIds, clock.instant());
    }

    private List<OrganisationSummary> dependents(Set<Long> organisationIds) {
        return names.summaries(organisationIds).stream().sorted(Comparator.comparing(OrganisationSummary::name))
                .toList();
    }

    /** The system as the audit trail records it: the owner by e-mail, the dependents by name. */
    private String describe(OperatedSystem system) {
        PersonOption owner = names.people(List.of(system.getOwnerId())).get(system.getOwnerId());
        return "name=" + system.getName() + ", owner=" + (owner == null ? "-" : owner.email())
                + ", criticality=" + system.getCriticality()
                + ", availabilityTarget=" + system.getAvailabilityTarget().toPlainString() + ", dependents="
                + dependents(system.getDependentIds()).stream().map(OrganisationSummary::name)
                        .collect(Collectors.joining("|"))
                + ", description=" + (system.getDescription() == null ? "-" : system.getDescription());
    }
}
