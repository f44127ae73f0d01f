package app.ponte.roadmap;

import app.ponte.organisation.TeamDirectory;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestVisibility;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.OrganisationScope;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap seen from a request: the milestone that delivers it, its date and the promise's history (for the
 * request page), the days committed for requests (for their status labels), and the requests a milestone delivers
 * (for the links back from the roadmap). Only what the roadmap already tells the caller: the requests of the
 * caller's own organisation, all of them for the team; another organisation's request is not found.
 */
@Service
@Transactional(readOnly = true)
public class RequestRoadmap {

    private final MilestoneRepository milestones;
    private final PromiseRepository promises;
    private final PromiseChangeRepository changes;
    private final RequestReading requests;
    private final TeamDirectory team;
    private final OrganisationScope scope;

    RequestRoadmap(MilestoneRepository milestones, PromiseRepository promises, PromiseChangeRepository changes,
            RequestReading requests, TeamDirectory team, OrganisationScope scope) {
        this.milestones = milestones;
        this.promises = promises;
        this.changes = changes;
        this.requests = requests;
        this.team = team;
        this.scope = scope;
    }

    /**
     * The milestone delivering the request, with its date and the history of the date promised to the request's
     * organisation; empty when no milestone delivers it, or when the caller reads only its shared part (a
     * milestone delivering another organisation's request is theirs). Not found outside the caller's scope.
     */
    @AnyoneSignedIn
    public Optional<RequestMilestone> milestoneOf(long requestId) {
        if (requests.visibility(requestId) != RequestVisibility.FULL) {
            return Optional.empty();
        }
        return milestones.findDelivering(requestId).stream().findFirst().map(m -> {
            Optional<Promise> promise = m.getRequests().stream().filter(r -> r.requestId() == requestId)
                    .findFirst().flatMap(r -> promises.findByMilestoneIdAndOrganisationId(m.getId(),
                            r.organisationId()));
            List<PromiseChange> found = promise.map(p -> changes.findForPromises(List.of(p.getId())))
                    .orElse(List.of());
            Map<Long, String> names = found.isEmpty() ? Map.of()
                    : team.names(found.stream().map(PromiseChange::changedById).collect(Collectors.toSet()));
            return new RequestMilestone(m.getInitiative().getId(), m.getInitiative().getTitle(), m.getId(),
                    m.getTitle(), m.getStatus(), m.getCommittedOn(), m.getCommitReason(), m.getDeliveredOn(),
                    promise.map(Promise::getFirstPromisedOn).orElse(null),
                    found.stream().map(change -> change.toEntry(names)).toList());
        });
    }

    /**
     * The day committed for each of these requests an open milestone delivers (the day its "planned" label
     * comes with), by request id: the caller's own organisation's requests, every one for the team.
     */
    @AnyoneSignedIn
    public Map<Long, LocalDate> committedDays(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> days = new HashMap<>();
        milestones.findCommittedDays(requestIds, scope.restriction())
                .forEach(day -> days.merge(day.requestId(), day.committedOn(), (a, b) -> a.isBefore(b) ? a : b));
        return days;
    }

    /**
     * The requests each of these milestones delivers, by milestone id, in id order: the caller's own
     * organisation's requests, every one for the team (the links from the roadmap back to the requests).
     */
    @AnyoneSignedIn
    public Map<Long, List<Long>> requestsOf(Collection<Long> milestoneIds) {
        if (milestoneIds.isEmpty()) {
            return Map.of();
        }
        return milestones.findRequestsOfMilestones(milestoneIds, scope.restriction()).stream()
                .collect(Collectors.groupingBy(MilestoneRequest::milestoneId,
                        Collectors.mapping(MilestoneRequest::requestId, Collectors.toList())));
    }
}
