package app.ponte.organisation;

import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.InternalToServices;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on the team: the active members of active team organisations, to whom requests are assigned
 * and who own systems. Other features ask here instead of reading memberships themselves.
 */
@Service
@Transactional(readOnly = true)
public class TeamDirectory {

    private final MembershipRepository memberships;

    TeamDirectory(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @AnyoneSignedIn
    public List<PersonOption> activeTeamPeople() {
        return memberships.findActiveTeamPeople().stream()
                .map(a -> new PersonOption(a.getId(), a.getDisplayName(), a.getEmail()))
                .toList();
    }

    @AnyoneSignedIn
    public boolean isActiveTeamPerson(long accountId) {
        return memberships.isActiveTeamPerson(accountId);
    }

    /**
     * The active team people among these accounts, with what it takes to reach them at once (e-mail, language):
     * for paging, which reaches people regardless of their settings. Any other id is left out. Internal to
     * services (a scheduled job calls it, signed in as nobody).
     */
    @InternalToServices
    public Map<Long, TeamContact> contactsOnTeam(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return memberships.findActiveTeamPeopleAmong(Set.copyOf(accountIds)).stream()
                .collect(Collectors.toMap(Account::getId, TeamDirectory::contact));
    }

    /**
     * The account ids of the team's active people, to be told in the app of what concerns all of them (an incident
     * nobody could be paged for). Internal to services (the re-page job calls it, signed in as nobody).
     */
    @InternalToServices
    public List<Long> activeTeamAccountIds() {
        return memberships.findActiveTeamPeople().stream().map(Account::getId).toList();
    }

    /** The active administrators of the team, to be told of what needs their hand (a gap in the on-call rota). */
    @InternalToServices
    public List<TeamContact> administrators() {
        return memberships.findActiveTeamAdministrators().stream().map(TeamDirectory::contact).toList();
    }

    private static TeamContact contact(Account account) {
        return new TeamContact(account.getId(), account.getDisplayName(), account.getEmail(), account.getLanguage());
    }

    /**
     * The names of the team's people among these accounts (who changed a promised date, say): only people who
     * are or were members of a team organisation, whose names every organisation may read; any other id is
     * left out, so nobody reads another organisation's people by guessing ids.
     */
    @AnyoneSignedIn
    public Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return memberships.findTeamPeopleAmong(accountIds).stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }
}
