package app.ponte.meeting;

import app.ponte.organisation.OrganisationNames;
import app.ponte.security.AnyoneSignedIn;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One meeting as its page shows it, to the team or to a member of its organisation; any other id is "not found".
 * The internal notes reach the team only.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPages {

    private final MeetingAccess access;
    private final AgendaBuilder agenda;
    private final MinutesReader minutes;
    private final MeetingOutcomeRepository outcomes;
    private final ActionItemRepository items;
    private final ActionItemRows rows;
    private final OrganisationNames names;
    private final Clock clock;

    MeetingPages(MeetingAccess access, AgendaBuilder agenda, MinutesReader minutes, MeetingOutcomeRepository outcomes,
            ActionItemRepository items, ActionItemRows rows, OrganisationNames names, Clock clock) {
        this.access = access;
        this.agenda = agenda;
        this.minutes = minutes;
        this.outcomes = outcomes;
        this.items = items;
        this.rows = rows;
        this.names = names;
        this.clock = clock;
    }

    @AnyoneSignedIn
    public MeetingPage page(long meetingId) {
        Meeting meeting = access.open("meeting.read", meetingId);
        boolean team = access.callerIsTeam();
        boolean planned = meeting.getState() == MeetingState.PLANNED;
        var organisation = names.summaries(List.of(meeting.getOrganisationId())).stream().findFirst().orElseThrow();
        List<MeetingPage.Outcome> written = outcomes.findByMeetingIdOrderBySortOrderAscIdAsc(meetingId).stream()
                .map(outcome -> new MeetingPage.Outcome(outcome.getId(), outcome.getKind(), outcome.getText()))
                .toList();
        return new MeetingPage(meeting.getId(), meeting.getVersion(), meeting.getOrganisationId(), organisation.name(),
                meeting.getKind(), meeting.getState(), meeting.getTitle(), meeting.getStartsAt(), meeting.getEndsAt(),
                organisation.timeZone(), meeting.getChangeReason(), agenda.sections(meeting, clock.instant()),
                minutes.read(meetingId, team), OutcomeKind.of(meeting.getKind()), written,
                rows.of(items.findByMeetingIdOrderByIdAsc(meetingId)),
                new MeetingPage.Viewer(team, planned, team && meeting.mayBeHeldAt(clock.instant())));
    }
}
