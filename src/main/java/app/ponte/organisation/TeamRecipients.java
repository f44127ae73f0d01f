package app.ponte.organisation;

import app.ponte.notification.Recipient;
import app.ponte.security.InternalToServices;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team people a feature escalates to, as notification recipients (e-mail and language): named team members
 * who are still active on the team, and an organisation's account manager. For jobs that tell the team about a
 * request (the SLA scan), inside their own, already decided, work: nobody outside the team is ever returned.
 */
@Service
@Transactional(readOnly = true)
public class TeamRecipients {

    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;

    TeamRecipients(MembershipRepository memberships, OrganisationRepository organisations) {
        this.memberships = memberships;
        this.organisations = organisations;
    }

    /** Those of the accounts who are active team people now, in no particular order. */
    @InternalToServices
    public List<Recipient> activeTeamPeople(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = Set.copyOf(accountIds);
        return memberships.findActiveTeamPeople().stream().filter(account -> wanted.contains(account.getId()))
                .map(TeamRecipients::recipient).toList();
    }

    /** The organisation's account manager, while they are an active team person. */
    @InternalToServices
    public Optional<Recipient> accountManagerOf(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getAccountManager)
                .filter(manager -> memberships.isActiveTeamPerson(manager.getId()))
                .map(TeamRecipients::recipient);
    }

    private static Recipient recipient(Account account) {
        return new Recipient(account.getId(), account.getEmail(), account.getLanguage());
    }
}
