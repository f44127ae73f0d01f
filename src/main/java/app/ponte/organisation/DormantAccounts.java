package app.ponte.organisation;

import app.ponte.security.AdminOnly;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Active accounts that never signed in (an invitation accepted and then forgotten, an account made for somebody who
 * never came): counted from the sign-in stamp ({@link SignInStamp}) on an index, and listed oldest first with their
 * organisations and the day they were invited, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class DormantAccounts {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;

    DormantAccounts(AccountRepository accounts, MembershipRepository memberships, InvitationRepository invitations) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.invitations = invitations;
    }

    /** How many active accounts never signed in. */
    @AdminOnly
    public long count() {
        return accounts.countNeverSignedIn();
    }

    /** Those accounts, oldest first: one query for the page, one for its organisations, one for its invitations. */
    @AdminOnly
    public Slice<DormantAccount> oldest(Pageable pageable) {
        Slice<DormantAccount> page = accounts.findNeverSignedIn(pageable);
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<String>> organisations = new HashMap<>();
        for (Object[] row : memberships.findOrganisationNamesOf(page.map(DormantAccount::accountId).toList())) {
            organisations.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<String, Instant> invited = new HashMap<>();
        for (Object[] row : invitations.findLatestAcceptedInvitations(page.map(DormantAccount::email).toList())) {
            invited.put((String) row[0], (Instant) row[1]);
        }
        return page.map(a -> new DormantAccount(a.accountId(), a.displayName(), a.email(), a.createdAt(),
                organisations.getOrDefault(a.accountId(), List.of()), invited.get(a.email())));
    }
}
