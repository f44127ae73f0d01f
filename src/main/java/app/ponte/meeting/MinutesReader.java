package app.ponte.meeting;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A meeting's notes for one reader: the team's whole copy, or for anybody else the public part alone, read by a
 * query that does not select the internal notes at all. Callers have checked access.
 */
@Component
class MinutesReader {

    private final MeetingMinutesRepository minutes;
    private final OrganisationNames names;

    MinutesReader(MeetingMinutesRepository minutes, OrganisationNames names) {
        this.minutes = minutes;
        this.names = names;
    }

    MinutesText read(long meetingId, boolean team) {
        if (team) {
            return minutes.findByMeetingId(meetingId).map(found -> new MinutesText(found.getPublicNotes(),
                    found.getInternalNotes(), found.getVersion(), name(found.getUpdatedBy()), found.getUpdatedAt()))
                    .orElse(MinutesText.NONE_YET);
        }
        return minutes.findPublicPartByMeetingId(meetingId).map(found -> new MinutesText(found.publicNotes(), null,
                found.version(), name(found.updatedBy()), found.updatedAt()))
                .orElse(new MinutesText("", null, null, null, null));
    }

    private String name(long accountId) {
        PersonOption person = names.people(List.of(accountId)).get(accountId);
        return person == null ? "" : person.displayName();
    }
}
