package app.ponte.meeting;

import app.ponte.security.OrganisationScope;
import org.springframework.stereotype.Component;

/**
 * The one door to a meeting by id for the minutes' services: the team reaches every meeting, anybody else only
 * their active organisation's; anything else is "not found" (audited), exactly like an id that does not exist.
 */
@Component
class MeetingAccess {

    private final MeetingRepository meetings;
    private final OrganisationScope scope;

    MeetingAccess(MeetingRepository meetings, OrganisationScope scope) {
        this.meetings = meetings;
        this.scope = scope;
    }

    Meeting open(String action, long meetingId) {
        return meetings.findById(meetingId)
                .filter(meeting -> scope.current().includes(meeting.getOrganisationId()))
                .orElseThrow(() -> scope.notFound(action, "Meeting", meetingId));
    }

    boolean callerIsTeam() {
        return scope.seesEveryOrganisation();
    }
}
