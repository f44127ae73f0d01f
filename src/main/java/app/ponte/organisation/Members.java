package app.ponte.organisation;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.LikePattern;
import app.ponte.base.RejectedInputException;
import app.ponte.base.SearchText;
import app.ponte.security.AdminOnly;
import app.ponte.security.CurrentUser;
import app.ponte.security.MemberAdmin;
import app.ponte.security.OrganisationScope;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SessionTerminator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their memberships. Admins manage everybody; a client admin manages the memberships of
 * their own company only, with client roles only, and cannot leave it without an active client admin.
 * Every change is audited; every id outside the caller's scope is "not found" (and audited).
 */
@Service
@Transactional(readOnly = true)
public class Members {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final SessionTerminator sessionTerminator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Members(AccountRepository accounts, MembershipRepository memberships, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, CurrentUser currentUser,
            OrganisationScope scope, SessionTerminator sessionTerminator, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.scope = scope;
        this.sessionTerminator = sessionTerminator;
        this.events = events;
        this.clock = clock;
    }

    @MemberAdmin
    public Slice<MemberSummary> list(MemberFilter filter, Pageable pageable) {
        String text = SearchText.normalise(filter.textStart());
        if (text.isEmpty()) {
            return memberships.findInScope(scope.current(), filter, null, null, pageable);
        }
        String emailStart = filter.textStart().strip().toLowerCase(Locale.ROOT);
        return memberships.findInScope(scope.current(), filter, LikePattern.startsWith(text),
                LikePattern.startsWith(emailStart), pageable);
    }

    /**
     * The member list by person: each person once, with their memberships in the caller's scope. The filter
     * picks people who have a matching membership.
     */
    @MemberAdmin
    public Slice<PersonSummary> people(MemberFilter filter, Pageable pageable) {
        String text = SearchText.normalise(filter.textStart());
        if (text.isEmpty()) {
            return memberships.findPeopleInScope(scope.current(), filter, null, null, pageable);
        }
        String emailStart = filter.textStart().strip().toLowerCase(Locale.ROOT);
        return memberships.findPeopleInScope(scope.current(), filter, LikePattern.startsWith(text),
                LikePattern.startsWith(emailStart), pageable);
    }

    /** Gives a membership another role; a client admin can only switch between the two client roles. */
    @MemberAdmin
    @Transactional
    public void changeRole(long membershipId, Role role, long expectedVersion) {
        Membership membership = inScope("membership.change-role", membershipId);
        membership.requireVersion(expectedVersion);
        if (!membership.getOrganisation().getKind().allows(role)
                || !GrantableRoles.mayGrant(currentUser.require().requireActive().role(), role)) {
            throw new RejectedInputException("role", "member.error.role-not-allowed");
        }
        refuseOwnAdminMembership(membership);
        if (membership.getRole() == Role.CLIENT_ADMIN && role != Role.CLIENT_ADMIN) {
            keepAClientAdmin(membership);
        }
        String before = membership.describe();
        membership.changeRole(role, clock.instant());
        memberships.saveAndFlush(membership);
        audit("membership.change-role", membership, before);
        endSessionsWorkingIn(membership);
    }

    /** Deactivates or reactivates one membership: the person keeps their other organisations. */
    @MemberAdmin
    @Transactional
    public void setMembershipActive(long membershipId, boolean active, long expectedVersion) {
        Membership membership = inScope(active ? "membership.reactivate" : "membership.deactivate", membershipId);
        membership.requireVersion(expectedVersion);
        if (!active) {
            refuseOwnAdminMembership(membership);
            if (membership.getRole() == Role.CLIENT_ADMIN) {
                keepAClientAdmin(membership);
            }
        }
        String before = membership.describe();
        membership.setActive(active, clock.instant());
        memberships.saveAndFlush(membership);
        audit(active ? "membership.reactivate" : "membership.deactivate", membership, before);
        if (!active) {
            endSessionsWorkingIn(membership);
        }
    }

    @AdminOnly
    @Transactional
    public void removeMembership(long membershipId, long expectedVersion) {
        Membership membership = inScope("membership.remove", membershipId);
        membership.requireVersion(expectedVersion);
        refuseOwnAdminMembership(membership);
        String before = membership.describe();
        memberships.delete(membership);
        memberships.flush();
        events.publishEvent(new AdministrativeChange("membership.remove", "Membership", membershipId,
                membership.getOrganisation().getId(), before, null));
        endSessionsWorkingIn(membership);
    }

    /** Blocks or restores a person's sign-in everywhere; deactivation ends their sessions at once. */
    @AdminOnly
    @Transactional
    public void setAccountActive(long accountId, boolean active, long expectedVersion) {
        Account account = accounts.require(scope, "account.set-active", accountId);
        account.requireVersion(expectedVersion);
        if (!active && account.getId() == currentUser.require().accountId()) {
            throw new RejectedInputException("active", "member.error.own-account");
        }
        String before = account.describe();
        account.setActive(active, clock.instant());
        accounts.saveAndFlush(account);
        events.publishEvent(new AdministrativeChange(active ? "account.reactivate" : "account.deactivate",
                "Account", accountId, null, before, account.describe()));
        if (!active) {
            sessionTerminator.endSessionsOf(Set.of(accountId));
        }
    }

    /** Creates an account with an initial password that must pass the password policy. */
    @AdminOnly
    @Transactional
    public long createAccount(String email, String displayName, String rawPassword, String language, ZoneId zone) {
        String normalised = validEmail(email);
        if (!passwordPolicy.check(rawPassword).isEmpty()) {
            throw new RejectedInputException("password", "password.problem.TOO_COMMON");
        }
        if (accounts.existsByEmail(normalised)) {
            throw new RejectedInputException("email", "member.error.email-taken");
        }
        Account account = accounts.saveAndFlush(new Account(normalised, displayName, passwordEncoder.encode(rawPassword),
                language, zone, clock.instant()));
        events.publishEvent(new AdministrativeChange("account.create", "Account", account.getId(), null, null,
                account.describe()));
        return account.getId();
    }

    @AdminOnly
    @Transactional
    public long addMembership(long accountId, long organisationId, Role role) {
        Account account = accounts.require(scope, "membership.add", accountId);
        Organisation organisation = organisations.requireInScope(scope, "membership.add", organisationId);
        if (!organisation.getKind().allows(role)) {
            throw new RejectedInputException("role", "member.error.role-not-allowed");
        }
        if (memberships.existsByAccountIdAndOrganisationId(accountId, organisationId)) {
            throw new RejectedInputException("email", "member.error.already-member");
        }
        Membership membership = memberships.saveAndFlush(new Membership(account, organisation, role, clock.instant()));
        audit("membership.add", membership, null);
        return membership.getId();
    }

    static String validEmail(String email) {
        String normalised = EmailAddresses.normalise(email);
        if (!EmailAddresses.isValid(normalised)) {
            throw new RejectedInputException("email", "member.error.email-invalid");
        }
        return normalised;
    }

    private Membership inScope(String action, long membershipId) {
        return memberships.findById(membershipId)
                .filter(m -> scope.current().includes(m.getOrganisation().getId()))
                .orElseThrow(() -> scope.notFound(action, "Membership", membershipId));
    }

    /** An admin does not lock themself out by editing their own admin membership. */
    private void refuseOwnAdminMembership(Membership membership) {
        PonteUser actor = currentUser.require();
        if (membership.getAccount().getId() == actor.accountId() && membership.getRole() == Role.ADMIN) {
            throw new RejectedInputException("role", "member.error.own-account");
        }
    }

    /** A client company keeps at least one active client admin while client admins manage it. */
    private void keepAClientAdmin(Membership membership) {
        boolean actorIsClientAdmin = currentUser.require().requireActive().role() == Role.CLIENT_ADMIN;
        if (actorIsClientAdmin && membership.isActive()
                && memberships.countActiveClientAdmins(membership.getOrganisation().getId()) <= 1) {
            throw new RejectedInputException("role", "member.error.last-client-admin");
        }
    }

    /** A change to one membership ends the sessions working in it; the person's other organisations go on. */
    private void endSessionsWorkingIn(Membership membership) {
        sessionTerminator.endSessionsWorkingIn(membership.getAccount().getId(), membership.getOrganisation().getId());
    }

    private void audit(String action, Membership membership, String before) {
        events.publishEvent(new AdministrativeChange(action, "Membership", membership.getId(),
                membership.getOrganisation().getId(), before, membership.describe()));
    }
}
