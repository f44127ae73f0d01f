package app.ponte.organisation;

import app.ponte.security.AnyoneSignedIn;
import java.util.List;
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
}
