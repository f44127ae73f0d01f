package app.ponte.meeting;

import app.ponte.organisation.Contacts;
import app.ponte.sla.SupportCover;
import app.ponte.sla.WorkingTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Each side's working hours, said once: the business calendar of the organisation's SLA plan where it has one,
 * otherwise Monday to Friday 09:00–18:00 in its own zone; the team's are its own organisation's, the same way.
 */
@Component
class WorkingHours {

    private final SupportCover cover;
    private final Contacts contacts;

    WorkingHours(SupportCover cover, Contacts contacts) {
        this.cover = cover;
        this.contacts = contacts;
    }

    WorkingHoursOverlap overlapWithTeam(long organisationId, ZoneId organisationZone) {
        return new WorkingHoursOverlap(of(organisationId, organisationZone), team(), organisationZone);
    }

    private WorkingTime team() {
        return contacts.teamOrganisation().map(team -> of(team.id(), team.timeZone()))
                .orElseGet(() -> WorkingHoursOverlap.officeHours(ZoneOffset.UTC));
    }

    private WorkingTime of(long organisationId, ZoneId zone) {
        return cover.workingHours(organisationId).filter(WorkingTime::hasWorkingTime)
                .orElseGet(() -> WorkingHoursOverlap.officeHours(zone));
    }
}
