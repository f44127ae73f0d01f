package app.ponte.planning;

import app.ponte.catalogue.SystemCatalogue;
import app.ponte.organisation.OrganisationNames;
import app.ponte.security.OrganisationScope;
import app.ponte.security.RequesterOnly;
import app.ponte.security.TeamOnly;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open conflicts as the dashboards show them: for the team, how many of each kind and the next decisions due; for
 * a requester, those involving its own organisation, worded as the request page's notices (never another
 * organisation's name or window reason). Figures are counts in the database, never lists counted here.
 */
@Service
@Transactional(readOnly = true)
public class ConflictOverview {

    private final ConflictOverviewRepository conflicts;
    private final OrganisationNames names;
    private final SystemCatalogue catalogue;
    private final OrganisationScope scope;

    ConflictOverview(ConflictOverviewRepository conflicts, OrganisationNames names, SystemCatalogue catalogue,
            OrganisationScope scope) {
        this.conflicts = conflicts;
        this.names = names;
        this.catalogue = catalogue;
        this.scope = scope;
    }

    /** Open conflicts per kind, every kind in its order (zero where none). */
    @TeamOnly
    public List<ConflictCount> openByKind() {
        Map<ConflictKind, Long> counted = new EnumMap<>(ConflictKind.class);
        for (Object[] row : conflicts.countOpenByKind()) {
            counted.put((ConflictKind) row[0], ((Number) row[1]).longValue());
        }
        return Stream.of(ConflictKind.values()).map(kind -> new ConflictCount(kind, counted.getOrDefault(kind, 0L)))
                .toList();
    }

    /** The open conflicts with a decision asked by a date, the nearest first, at most {@code limit}. */
    @TeamOnly
    public List<DecisionDue> nextDecisions(int limit) {
        List<PlanningConflict> found = conflicts.findNextDecisions(PageRequest.of(0, Math.max(1, limit)));
        Map<Long, String> organisations = names.names(found.stream().flatMap(c -> Stream.of(
                c.getItem().getOrganisationId(), c.getAffectedOrganisationId())).collect(Collectors.toSet()));
        Map<Long, String> systems = systemNames(found);
        return found.stream().map(c -> new DecisionDue(c.getId(), c.getKind(), c.getItem().getRequestId(),
                c.getItem().getTitle(), organisations.get(c.getItem().getOrganisationId()),
                organisations.get(c.getAffectedOrganisationId()),
                c.getSystemId() == null ? null : systems.get(c.getSystemId()), c.getDecideBy())).toList();
    }

    /**
     * The open conflicts involving the caller's organisation (on its requests or about its freeze windows), the
     * nearest decision first, at most {@code limit}, with how many there are in all.
     */
    @RequesterOnly
    public ConflictsInvolving involvingMine(int limit) {
        long organisationId = scope.activeOrganisation();
        List<PlanningConflict> found = conflicts.findOpenInvolving(organisationId,
                PageRequest.of(0, Math.max(1, limit)));
        Map<Long, String> systems = systemNames(found);
        List<ConflictConcern> shown = found.stream().map(c -> {
            boolean own = c.getItem().getOrganisationId() == organisationId;
            var notice = new ConflictNotice(c.getKind(), c.getSystemId() == null ? null : systems.get(c.getSystemId()),
                    c.getStartsOn(), c.getEndsOn(), c.getHandling(), c.getDecideBy());
            return own ? new ConflictConcern(notice, c.getItem().getRequestId(), c.getItem().getTitle())
                    : new ConflictConcern(notice, null, null);
        }).toList();
        long total = shown.size() < limit ? shown.size() : conflicts.countOpenInvolving(organisationId);
        return new ConflictsInvolving(shown, total);
    }

    private Map<Long, String> systemNames(List<PlanningConflict> shown) {
        return catalogue.names(shown.stream().map(PlanningConflict::getSystemId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }
}
