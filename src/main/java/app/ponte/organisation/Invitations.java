package app.ponte.organisation;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.PublicLinks;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.notification.MailOutbox;
import app.ponte.security.Anyone;
import app.ponte.security.LoginThrottledException;
import app.ponte.security.CurrentUser;
import app.ponte.security.MemberAdmin;
import app.ponte.security.OrganisationScope;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.PasswordProof;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail: a single-use link valid for seven days (only its hash is stored; inviting again
 * revokes the old link). Nobody becomes a member without accepting: a new person creates an account, an
 * existing account accepts with its password (or declines). The inviter gets the same answer whether the
 * address has an account or not, and invitations are rate-limited ({@link InvitationThrottle}).
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final MailOutbox mail;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final PasswordProof passwordProof;
    private final InvitationThrottle throttle;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicLinks links;

    Invitations(InvitationRepository invitations, AccountRepository accounts, MembershipRepository memberships,
            OrganisationRepository organisations, MailOutbox mail, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, PasswordProof passwordProof, InvitationThrottle throttle,
            CurrentUser currentUser, OrganisationScope scope, ApplicationEventPublisher events, Clock clock,
            PublicLinks links) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.organisations = organisations;
        this.mail = mail;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.passwordProof = passwordProof;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.links = links;
    }

    /** As {@link #invite(String, String, long, Role)}, without a proposed name. */
    @MemberAdmin
    @Transactional
    public PendingInvitation invite(String email, long organisationId, Role role) {
        return invite(email, null, organisationId, role);
    }

    /**
     * Invites into an organisation in the caller's scope; a client admin only into their own, with client
     * roles. Whether the address has an account changes only the e-mail, which only its owner reads: the
     * answer, the invitation as the pending list shows it, is the same. {@code displayName}, optional, is the
     * name proposed for a new account; it never goes into the e-mail.
     */
    @MemberAdmin
    @Transactional
    public PendingInvitation invite(String email, @Nullable String displayName, long organisationId, Role role) {
        String address = Members.validEmail(email);
        String name = TextRules.optionalOrNull("displayName", displayName, Profile.DISPLAY_NAME_MAX);
        Organisation organisation = organisations.requireInScope(scope, "invitation.create", organisationId);
        Optional<Account> existing = accounts.findByEmail(address);
        PonteUser inviter = mayInvite(organisation, role);
        if (existing.isPresent()
                && memberships.existsByAccountIdAndOrganisationId(existing.get().getId(), organisationId)) {
            // The caller's own organisation, whose members they can list anyway.
            throw new RejectedInputException("email", "member.error.already-member");
        }
        Invitation invitation = send(address, name, organisation, role, inviter);
        events.publishEvent(new AdministrativeChange("invitation.create", "Invitation", invitation.getId(),
                organisationId, null, "email=" + address + ", role=" + role));
        return pendingOf(invitation);
    }

    /**
     * Sends a pending invitation again with a new link valid for seven days; the old link stops working
     * (as replaced). Counts against the invitation allowance like a new invitation.
     */
    @MemberAdmin
    @Transactional
    public PendingInvitation resend(long invitationId) {
        Invitation old = pendingInScope("invitation.resend", invitationId);
        PonteUser inviter = mayInvite(old.getOrganisation(), old.getRole());
        Invitation invitation = send(old.getEmail(), old.getDisplayName(), old.getOrganisation(), old.getRole(),
                inviter);
        events.publishEvent(new AdministrativeChange("invitation.resend", "Invitation", invitation.getId(),
                old.getOrganisation().getId(), "invitation=" + invitationId,
                "email=" + old.getEmail() + ", role=" + old.getRole()));
        return pendingOf(invitation);
    }

    /** Takes a pending invitation back: its link says it was withdrawn, and nobody joins through it. */
    @MemberAdmin
    @Transactional
    public void revoke(long invitationId) {
        Invitation invitation = pendingInScope("invitation.revoke", invitationId);
        invitation.withdraw(clock.instant());
        events.publishEvent(new AdministrativeChange("invitation.revoke", "Invitation", invitationId,
                invitation.getOrganisation().getId(), "email=" + invitation.getEmail() + ", role="
                        + invitation.getRole(), null));
    }

    /** The inviter, when they may invite into this organisation with this role now; takes from the allowance. */
    private PonteUser mayInvite(Organisation organisation, Role role) {
        if (!organisation.isActive()) {
            throw new RejectedInputException("organisation", "invitation.error.organisation-inactive");
        }
        PonteUser inviter = currentUser.require();
        if (!organisation.getKind().allows(role) || !GrantableRoles.mayGrant(inviter.requireActive().role(), role)) {
            throw new RejectedInputException("role", "member.error.role-not-allowed");
        }
        if (inviter.accountId() != 0) { // the system (demo data) is not throttled
            throttle.take(inviter.accountId(), organisation.getId());
        }
        return inviter;
    }

    /** Replaces the address's open invitations into the organisation by a new one, and mails its link. */
    private Invitation send(String address, @Nullable String name, Organisation organisation, Role role,
            PonteUser inviter) {
        Optional<Account> existing = accounts.findByEmail(address);
        Instant now = clock.instant();
        invitations.findOpen(address, organisation.getId()).forEach(old -> old.revoke(now));
        String token = SecureTokens.newToken();
        Invitation invitation = invitations.save(new Invitation(SecureTokens.hash(token), address, name, organisation,
                role, inviter.accountId() == 0 ? null : inviter.accountId(), now, now.plus(VALIDITY)));
        // Plain facts only: the organisation's name and the inviter's address, never a name anybody typed.
        mail.enqueue(address, existing.map(Account::getLanguage).orElse(organisation.getLanguage()),
                existing.isPresent() ? "mail.invitation-existing" : "mail.invitation", organisation.getName(),
                inviter.email(), links.to("invitation/" + token), VALIDITY.toDays());
        return invitation;
    }

    private Invitation pendingInScope(String action, long invitationId) {
        Invitation invitation = invitations.findWithOrganisation(invitationId)
                .filter(i -> scope.current().includes(i.getOrganisation().getId()))
                .orElseThrow(() -> scope.notFound(action, "Invitation", invitationId));
        if (!invitation.isPending(clock.instant())) {
            throw new RejectedInputException("invitation", "invitation.error.not-pending");
        }
        return invitation;
    }

    private static PendingInvitation pendingOf(Invitation invitation) {
        return new PendingInvitation(invitation.getId(), invitation.getEmail(), invitation.getDisplayName(),
                invitation.getOrganisation().getName(), invitation.getRole(), invitation.getCreatedAt(),
                invitation.getExpiresAt());
    }

    /** The invitations in the caller's scope that wait for an answer, newest first. */
    @MemberAdmin
    public Slice<PendingInvitation> pending(Pageable pageable) {
        return invitations.findPending(scope.restriction(), clock.instant(), pageable);
    }

    /** What an invitation link offers; anyone holding the link may look. */
    @Anyone
    public InvitationPreview preview(String token) {
        Invitation invitation = usable(token);
        Optional<Account> existing = accounts.findByEmail(invitation.getEmail());
        return new InvitationPreview(invitation.getEmail(), invitation.getOrganisation().getName(),
                invitation.getRole(), invitation.getExpiresAt(), existing.isPresent(), invitation.getDisplayName(),
                existing.map(Account::getLanguage).orElse(invitation.getOrganisation().getLanguage()));
    }

    /** Creates the invitee's account and membership; the link is used up. */
    @Anyone
    @Transactional
    public void accept(String token, String displayName, String language, ZoneId timeZone, String password) {
        Invitation invitation = usable(token);
        String name = TextRules.required("displayName", displayName, Profile.DISPLAY_NAME_MAX);
        var problems = passwordPolicy.check(password);
        if (!problems.isEmpty()) {
            throw new RejectedInputException("password", problems.getFirst().messageKey(), PasswordPolicy.MIN_LENGTH);
        }
        if (accounts.existsByEmail(invitation.getEmail())) {
            throw new RejectedInputException("email", "member.error.email-taken");
        }
        Instant now = clock.instant();
        Account account = accounts.saveAndFlush(new Account(invitation.getEmail(), name,
                passwordEncoder.encode(password), language, timeZone, now));
        Membership membership = memberships.saveAndFlush(new Membership(account, invitation.getOrganisation(),
                invitation.getRole(), now));
        accepted(invitation, membership, now);
    }

    /**
     * The invited address's existing account accepts with its password, checked and throttled as at
     * sign-in; it becomes a member now, keeping its other organisations. The link is used up.
     */
    @Anyone
    @Transactional
    public void acceptWithAccount(String token, String password) {
        Invitation invitation = usable(token);
        Account account = accounts.findByEmail(invitation.getEmail())
                .filter(a -> a.isActive() && proves(a, password))
                .orElseThrow(() -> new RejectedInputException("password", "invitation.error.wrong-password"));
        if (memberships.existsByAccountIdAndOrganisationId(account.getId(), invitation.getOrganisation().getId())) {
            throw new RejectedInputException("password", "member.error.already-member");
        }
        Instant now = clock.instant();
        accepted(invitation, memberships.saveAndFlush(new Membership(account, invitation.getOrganisation(),
                invitation.getRole(), now)), now);
    }

    /** The invited person says no: nobody joins, and the link is used up. Holding the link is enough. */
    @Anyone
    @Transactional
    public void decline(String token) {
        Invitation invitation = usable(token);
        invitation.decline(clock.instant());
        events.publishEvent(new AdministrativeChange("invitation.decline", "Invitation", invitation.getId(),
                invitation.getOrganisation().getId(), null, "email=" + invitation.getEmail()));
    }

    private boolean proves(Account account, String password) {
        try {
            return passwordProof.proves(account.getEmail(), password == null ? "" : password);
        } catch (LoginThrottledException e) {
            throw new RejectedInputException("password", "login.error.throttled.message",
                    InvitationThrottle.minutesToWait(e.retryAfter()));
        }
    }

    private void accepted(Invitation invitation, Membership membership, Instant now) {
        invitation.accept(now);
        events.publishEvent(new AdministrativeChange("invitation.accept", "Membership", membership.getId(),
                invitation.getOrganisation().getId(), null, membership.describe()));
    }

    private Invitation usable(String token) {
        return SingleUseLink.usable(token, invitations::findByTokenHash, clock.instant());
    }
}
