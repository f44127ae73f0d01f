package app.ponte.roadmap;

import app.ponte.planning.Backlog;
import app.ponte.planning.RequestEffort;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.OrganisationScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap as the caller may read it: initiatives with the milestones the caller reads, and for the team their
 * estimates. Who reads which milestone is said once, in {@link MilestoneRepository#READ_BY}.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapReading {

    private final InitiativeRepository initiatives;
    private final MilestoneRepository milestones;
    private final Backlog backlog;
    private final OrganisationScope scope;

    RoadmapReading(InitiativeRepository initiatives, MilestoneRepository milestones, Backlog backlog,
            OrganisationScope scope) {
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.backlog = backlog;
        this.scope = scope;
    }

    /**
     * The roadmap the caller may see: the initiatives an organisation sees (the public ones and those delivering
     * its requests) with the milestones it reads (those delivering its requests and the public ones); the caller's
     * own organisation for everybody but the team (whichever organisation is named). The team reads every
     * initiative and milestone, or, when it names an organisation, that organisation's roadmap as it reads it
     * (an export made for it holds nothing of another organisation).
     */
    @AnyoneSignedIn
    public Slice<InitiativeOverview> initiatives(@Nullable Long organisationId, @Nullable Long systemId,
            @Nullable DeliveryStatus status, Pageable pageable) {
        boolean team = scope.seesEveryOrganisation();
        Long reader = team ? organisationId : scope.restriction();
        Slice<Initiative> page = initiatives.findVisible(reader, systemId, status, pageable);
        Map<Long, List<InitiativeOverview.MilestoneOverview>> byInitiative = page.isEmpty() ? Map.of()
                : milestones.findOfInitiatives(page.map(Initiative::getId).toList(), reader).stream()
                        .collect(Collectors.groupingBy(m -> m.getInitiative().getId(),
                                Collectors.mapping(Milestone::overview, Collectors.toList())));
        Map<Long, InitiativeOverview.Estimate> estimates = team && !page.isEmpty()
                ? estimates(page.map(Initiative::getId).toList()) : Map.of();
        return page.map(i -> new InitiativeOverview(i.getId(), i.getTitle(), i.getSummary(), i.getStatus(),
                i.isPublicItem(), i.getConfidence(), RoadmapCalendar.day(i.getCreatedAt()), i.getEndsOn(),
                byInitiative.getOrDefault(i.getId(), List.of()).stream()
                        .sorted(InitiativeOverview.MilestoneOverview.BY_DATE).toList(),
                estimates.get(i.getId()), i.getVersion()));
    }

    /** Each initiative's estimate from the assessed requests of its milestones: two light queries per page. */
    private Map<Long, InitiativeOverview.Estimate> estimates(List<Long> initiativeIds) {
        List<InitiativeRequest> linked = milestones.findRequestsOfInitiatives(initiativeIds);
        Map<Long, RequestEffort> efforts = backlog.efforts(linked.stream().map(InitiativeRequest::requestId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(RequestEffort::requestId, e -> e));
        Map<Long, InitiativeOverview.Estimate> estimates = new HashMap<>();
        for (InitiativeRequest request : linked) {
            RequestEffort effort = efforts.get(request.requestId());
            if (effort != null) {
                estimates.merge(request.initiativeId(), new InitiativeOverview.Estimate(effort.likely(),
                        effort.pessimistic()), InitiativeOverview.Estimate::plus);
            }
        }
        return estimates;
    }
}
