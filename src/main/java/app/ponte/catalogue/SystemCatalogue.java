package app.ponte.catalogue;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.LikePattern;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SystemCatalogue(SystemRepository systems, TeamDirectory team, EntityManager entityManager,
            CurrentUser currentUser, OrganisationScope scope, ApplicationEventPublisher events, Clock clock) {
        this.systems = systems;
        this.team = team;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Systems by name: all for the team, the ones its organisation depends on for anybody else. */
    @AnyoneSignedIn
    public Slice<SystemSummary> list(String nameStart, Pageable pageable) {
        Long organisationId = scope.restriction();
        String pattern = LikePattern.startsWith(nameStart == null ? "" : nameStart.strip().toLowerCase(Locale.ROOT));
        return systems.findListed(organisationId, pattern, pageable);
    }

    /**
     * The systems named, if the organisation depends on every one of them: what a request of that
     * organisation may touch. For other services, inside their transaction.
     */
    @AnyoneSignedIn
    public Set<OperatedSystem> dependedOnBy(long organisationId, Set<Long> systemIds) {
        Set<OperatedSystem> found = new HashSet<>(systems.findAllById(systemIds));
        boolean all = found.size() == systemIds.size() && found.stream()
                .allMatch(system -> system.getDependents().stream().anyMatch(o -> o.getId() == organisationId));
        if (!all) {
            throw new RejectedInputException("systems", "request.error.system-not-dependent");
        }
        return found;
    }

    @TeamOnly
    public SystemDetails details(long id) {
        OperatedSystem system = systems.findById(id).orElseThrow(() -> scope.notFound("system.read", "System", id));
        return new SystemDetails(system.getId(), system.getVersion(), system.getName(), system.getDescription(),
                system.getOwner().getId(), system.getCriticality(), system.getAvailabilityTarget(),
                system.getDependents().stream()
                        .map(o -> new OrganisationSummary(o.getId(), o.getName(), o.getKind(), o.getTimeZone(),
                                o.getLanguage(), o.isActive()))
                        .sorted(Comparator.comparing(OrganisationSummary::name)).toList());
    }

    @TeamOnly
    @Transactional
    public SystemDetails create(SystemDraft draft) {
        OperatedSystem system = new OperatedSystem(clock.instant());
        apply(system, draft, null);
        systems.saveAndFlush(system);
        events.publishEvent(new AdministrativeChange("system.create", "System", system.getId(), null, null,
                system.describe()));
        return details(system.getId());
    }

    @TeamOnly
    @Transactional
    public SystemDetails update(long id, SystemDraft draft, long expectedVersion) {
        OperatedSystem system = systems.findById(id).orElseThrow(() -> scope.notFound("system.update", "System", id));
        system.requireVersion(expectedVersion);
        String before = system.describe();
        apply(system, draft, id);
        systems.saveAndFlush(system);
        events.publishEvent(new AdministrativeChange("system.update", "System", id, null, before, system.describe()));
        return details(id);
    }

    private void apply(OperatedSystem system, SystemDraft draft, @Nullable Long id) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new RejectedInputException("name", "system.error.name", NAME_MAX);
        }
        systems.findByName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RejectedInputException("name", "system.error.name-taken", name);
        });
        String description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new RejectedInputException("description", "system.error.description", DESCRIPTION_MAX);
        }
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
        Set<Organisation> dependents = new HashSet<>();
        for (Long organisationId : draft.dependentIds()) {
            Organisation organisation = entityManager.find(Organisation.class, organisationId);
            if (organisation == null || organisation.getKind() == OrganisationKind.TEAM) {
                throw new RejectedInputException("dependents", "system.error.dependent");
            }
            dependents.add(organisation);
        }
        system.update(name, description, entityManager.getReference(Account.class, draft.ownerId()),
                draft.criticality(), target, dependents, clock.instant());
    }
}
