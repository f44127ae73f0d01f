package app.ponte.organisation;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
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

    @PreAuthorize("isAuthenticated()")
    public List<PersonOption> activeTeamPeople() {
        return memberships.findActiveTeamPeople().stream()
                .map(a -> new PersonOption(a.getId(), a.getDisplayName(), a.getEmail()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isActiveTeamPerson(long accountId) {
        return memberships.isActiveTeamPerson(accountId);
    }
}
