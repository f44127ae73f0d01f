package app.ponte.meeting;

import app.ponte.base.RejectedInputException;
import app.ponte.organisation.Contact;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Who may sit at an organisation's meetings: its active members and the team's active people, and nobody else
 * (an attendee from another organisation is refused on the {@code field} asked). Names the people of a meeting.
 */
@Component
class MeetingPeople {

    private final Contacts contacts;
    private final TeamDirectory team;
    private final OrganisationNames names;

    MeetingPeople(Contacts contacts, TeamDirectory team, OrganisationNames names) {
        this.contacts = contacts;
        this.team = team;
        this.names = names;
    }

    /** The organisation's active members, then the team's active people, each by name. */
    List<MeetingPerson> choices(long organisationId) {
        var people = new ArrayList<MeetingPerson>();
        for (Contact member : contacts.activeMembers(organisationId)) {
            people.add(new MeetingPerson(member.accountId(), member.displayName(), false));
        }
        for (PersonOption person : team.activeTeamPeople()) {
            people.add(new MeetingPerson(person.accountId(), person.displayName(), true));
        }
        return people;
    }

    /** Refuses anybody who is neither an active member of the organisation nor an active team person. */
    void requireInvitable(long organisationId, Collection<Long> accountIds, String field) {
        for (long id : accountIds) {
            if (!contacts.isActiveMember(id, organisationId) && !team.isActiveTeamPerson(id)) {
                throw new RejectedInputException(field, "meeting.error.attendee-elsewhere");
            }
        }
    }

    /**
     * Whether the person still sits at the organisation's meetings: attendees were checked when chosen, but may
     * since have left the organisation or the team, and must then hear nothing more of its meetings.
     */
    List<Long> stillSeated(long organisationId, Collection<Long> accountIds) {
        // Called from event listeners too (a job's change, with the system signed in or nobody): service-only reads.
        Set<Long> onTeam = Set.copyOf(team.activeTeamAccountIds());
        return accountIds.stream().sorted()
                .filter(id -> onTeam.contains(id) || contacts.isActiveMember(id, organisationId)).toList();
    }

    /** The people still seated (as above) with their addresses, by name: whom an invitation or a calendar entry names. */
    List<Contact> seatedContacts(long organisationId, Collection<Long> accountIds) {
        return stillSeated(organisationId, accountIds).stream().map(contacts::person).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Contact::displayName)).toList();
    }

    /** The people of a meeting by name: the organisation's side first. */
    List<MeetingPerson> named(Set<Long> accountIds) {
        return namer(accountIds).apply(accountIds);
    }

    /** Names the people of many meetings with two queries in all: a list page's meetings. */
    Function<Set<Long>, List<MeetingPerson>> namer(Collection<Long> everyone) {
        if (everyone.isEmpty()) {
            return ids -> List.of();
        }
        Set<Long> onTeam = team.contactsOnTeam(everyone).keySet();
        Map<Long, PersonOption> known = names.people(everyone);
        return ids -> ids.stream().map(known::get).filter(java.util.Objects::nonNull)
                .map(p -> new MeetingPerson(p.accountId(), p.displayName(), onTeam.contains(p.accountId())))
                .sorted(Comparator.comparing(MeetingPerson::teamSide).thenComparing(MeetingPerson::displayName))
                .toList();
    }
}
