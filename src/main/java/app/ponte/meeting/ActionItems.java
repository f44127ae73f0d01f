package app.ponte.meeting;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.TeamDirectory;
import app.ponte.request.RequestReading;
import app.ponte.security.AnyMember;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items: the team writes them on a meeting (an owner from either side, a due day not before the meeting's
 * day, perhaps a request of that organisation); the team ticks any item done or re-opens it, anybody else only their
 * own organisation's side's items (never the team's work); lists of one's own and one's organisation's, open and overdue first.
 */
@Service
@Transactional(readOnly = true)
public class ActionItems {

    private final ActionItemRepository items;
    private final MeetingAccess access;
    private final ActionItemRows rows;
    private final Contacts contacts;
    private final TeamDirectory team;
    private final RequestReading requests;
    private final OrganisationScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActionItems(ActionItemRepository items, MeetingAccess access, ActionItemRows rows, Contacts contacts,
            TeamDirectory team, RequestReading requests, OrganisationScope scope, CurrentUser currentUser,
            Clock clock) {
        this.items = items;
        this.access = access;
        this.rows = rows;
        this.contacts = contacts;
        this.team = team;
        this.requests = requests;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Writes a new action item on the meeting; returns its id. */
    @TeamOnly
    @Transactional
    public long create(long meetingId, NewActionItem draft) {
        Meeting meeting = access.open("action-item.create", meetingId);
        if (meeting.getState() == MeetingState.CANCELLED) {
            throw new RejectedInputException("text", "meeting.item.cancelled");
        }
        String text = TextRules.required("text", draft.text(), ActionItem.TEXT_MAX);
        OwnerSide side = ownerSide(meeting, draft.ownerId());
        if (draft.due() == null) {
            throw new RejectedInputException("due", "input.required");
        }
        LocalDate meetingDay = LocalDate.ofInstant(meeting.getStartsAt(), meeting.getZone());
        if (draft.due().isBefore(meetingDay)) {
            throw new RejectedInputException("due", "meeting.item.due-before-meeting");
        }
        checkRequest(meeting, draft.requestId());
        var item = new ActionItem(meeting, text, draft.ownerId(), side, draft.due(), draft.requestId(),
                currentUser.require().accountId(), clock.instant());
        return items.save(item).getId();
    }

    /**
     * Ticks an item done, or re-opens it; refused when somebody changed it since it was loaded, and to anybody but
     * the team on an item the team owns (a client reads the team's items but cannot declare the team's work done).
     */
    @AnyMember
    @Transactional
    public void setDone(long itemId, boolean done, long expectedVersion) {
        ActionItem item = open("action-item.tick", itemId);
        if (item.getOwnerSide() == OwnerSide.TEAM && !scope.seesEveryOrganisation()) {
            throw new RejectedInputException("done", "meeting.item.team-owned");
        }
        item.requireVersion(expectedVersion);
        if (done) {
            item.markDone(currentUser.require().accountId(), clock.instant());
        } else {
            item.reopen();
        }
    }

    /** The caller's own items in the organisations they see (open first, overdue on top), a page at a time. */
    @AnyoneSignedIn
    public Slice<ActionItemRow> mine(Pageable pageable) {
        return rowsOf(items.findListedForOwner(currentUser.require().accountId(), scope.restriction(), pageable));
    }

    /**
     * The items of the caller's organisation (the team: of every organisation, or of the one it names), open first,
     * overdue on top, a page at a time; another organisation's id is "not found".
     */
    @AnyoneSignedIn
    public Slice<ActionItemRow> ofOrganisation(@Nullable Long organisationId, Pageable pageable) {
        @Nullable Long filter = organisationId == null ? scope.restriction()
                : Long.valueOf(scope.require(organisationId, "action-item.list"));
        return rowsOf(items.findListedForOrganisation(filter, pageable));
    }

    /** Who may own an item of this meeting: the team's active people and the organisation's active members. */
    @TeamOnly
    public List<OwnerOption> ownerOptions(long meetingId) {
        Meeting meeting = access.open("action-item.owners", meetingId);
        Stream<OwnerOption> teamPeople = team.activeTeamPeople().stream()
                .map(person -> new OwnerOption(person.accountId(), person.displayName(), OwnerSide.TEAM));
        Stream<OwnerOption> members = contacts.activeMembers(meeting.getOrganisationId()).stream()
                .map(person -> new OwnerOption(person.accountId(), person.displayName(), OwnerSide.ORGANISATION));
        return Stream.concat(teamPeople, members)
                .sorted(Comparator.comparing(OwnerOption::side).thenComparing(OwnerOption::name)).toList();
    }

    /** A person who may own an item, and on which side they stand. */
    public record OwnerOption(long accountId, String name, OwnerSide side) {
    }

    private Slice<ActionItemRow> rowsOf(Slice<ActionItem> page) {
        List<ActionItemRow> shown = rows.of(page.getContent());
        return new SliceImpl<>(shown, page.getPageable(), page.hasNext());
    }

    private ActionItem open(String action, long itemId) {
        return items.findById(itemId).filter(item -> scope.current().includes(item.getOrganisationId()))
                .orElseThrow(() -> scope.notFound(action, "ActionItem", itemId));
    }

    private OwnerSide ownerSide(Meeting meeting, @Nullable Long ownerId) {
        if (ownerId == null) {
            throw new RejectedInputException("owner", "input.required");
        }
        if (contacts.isActiveMember(ownerId, meeting.getOrganisationId())) {
            return OwnerSide.ORGANISATION;
        }
        if (team.isActiveTeamPerson(ownerId)) {
            return OwnerSide.TEAM;
        }
        throw new RejectedInputException("owner", "meeting.item.owner-outside");
    }

    private void checkRequest(Meeting meeting, @Nullable Long requestId) {
        if (requestId == null) {
            return;
        }
        try {
            if (requests.details(requestId).organisationId() == meeting.getOrganisationId()) {
                return;
            }
        } catch (NotFoundInScopeException e) {
            // Refused below, on its field, like a request of another organisation.
        }
        throw new RejectedInputException("request", "meeting.item.request-outside");
    }
}
