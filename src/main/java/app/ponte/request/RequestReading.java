package app.ponte.request;

import app.ponte.catalogue.SystemCatalogue;
import app.ponte.organisation.Account;
import app.ponte.organisation.PersonOption;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One request as its reader may see it: its details, what the reader may do with it, and its history. The
 * team reads every request; anybody else their organisation's (and the public part of those shared or supported).
 */
@Service
@Transactional(readOnly = true)
public class RequestReading {

    private final RequestRepository requests;
    private final RequestAccess access;
    private final WatcherRepository watchers;
    private final Parties parties;
    private final SystemCatalogue catalogue;
    private final Clock clock;

    RequestReading(RequestRepository requests, RequestAccess access, WatcherRepository watchers, Parties parties,
            SystemCatalogue catalogue, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.watchers = watchers;
        this.parties = parties;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @AnyoneSignedIn
    public RequestDetails details(long requestId) {
        Request request = access.open("request.read", requestId);
        boolean team = access.callerIsTeam();
        boolean requester = request.getRequester().getId() == access.callerAccountId();
        RequestStatus status = request.getStatus();
        Account assignee = request.getAssignee();
        var triage = new RequestDetails.Triage(request.getPriority(), assignee == null ? null : assignee.getId(),
                assignee == null ? null : assignee.getDisplayName(), request.getDeclineReason(),
                request.getDuplicateOf() == null ? null : request.getDuplicateOf().getId(), request.isShared());
        var viewer = new RequestDetails.Viewer(team,
                watchers.existsByRequestIdAndAccountId(requestId, access.callerAccountId()),
                team ? status.teamMoves() : EnumSet.noneOf(RequestStatus.class), requester && status.isOpen(),
                requester && request.reopenableAt(clock.instant()));
        return new RequestDetails(request.getId(), request.getVersion(), request.getKind(), status,
                request.getTitle(), request.getProblem(), request.getOrganisation().getId(),
                request.getOrganisation().getName(), request.getRequester().getDisplayName(),
                request.productAnswers(), request.faultAnswers(), request.integrationAnswers(),
                request.getAffectedSystem(), catalogue.names(request.getSystemIds()).values().stream().sorted().toList(),
                triage, request.getCreatedAt(), request.getStatusChangedAt(), viewer, request.getDeadline());
    }

    @AnyoneSignedIn
    public List<HistoryEntry> history(long requestId) {
        access.open("request.read", requestId);
        return requests.findHistory(requestId);
    }

    /** Whether the caller sees all of a request or only its shared part; another organisation's is not found. */
    @AnyoneSignedIn
    public RequestVisibility visibility(long requestId) {
        return access.visibility("request.read", requestId);
    }

    /** Who the team can assign a request to. */
    @TeamOnly
    public List<PersonOption> assignableTeamMembers() {
        return parties.teamPeople();
    }
}
