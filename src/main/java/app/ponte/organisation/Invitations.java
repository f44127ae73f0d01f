package app.ponte.organisation;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.PublicLinks;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.notification.MailOutbox;
import app.ponte.security.Anyone;
import app.ponte.security.CurrentUser;
import app.ponte.security.MemberAdmin;
import app.ponte.security.OrganisationScope;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail. A new person gets a single-use link valid for seven days (only its hash is
 * stored; inviting again revokes the old link); an existing account is added at once and told so.
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
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicLinks links;

    Invitations(InvitationRepository invitations, AccountRepository accounts, MembershipRepository memberships,
            OrganisationRepository organisations, MailOutbox mail, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, CurrentUser currentUser, OrganisationScope scope,
            ApplicationEventPublisher events, Clock clock, PublicLinks links) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.organisations = organisations;
        this.mail = mail;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.links = links;
    }

    /** Invites into an organisation in the caller's scope; a client admin only into their own, with client roles. */
    @MemberAdmin
    @Transactional
    public InviteOutcome invite(String email, long organisationId, Role role) {
        String address = Members.validEmail(email);
        Organisation organisation = organisations.requireInScope(scope, "invitation.create", organisationId);
        if (!organisation.isActive()) {
            throw new RejectedInputException("organisation", "invitation.error.organisation-inactive");
        }
        if (!organisation.getKind().allows(role)
                || !GrantableRoles.mayGrant(currentUser.require().requireActive().role(), role)) {
            throw new RejectedInputException("role", "member.error.role-not-allowed");
        }
        Instant now = clock.instant();
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isPresent()) {
            return addExisting(existing.get(), organisation, role, now);
        }
        invitations.findOpen(address, organisationId).forEach(old -> old.revoke(now));
        String token = SecureTokens.newToken();
        PonteUser inviter = currentUser.require();
        Invitation invitation = invitations.save(new Invitation(SecureTokens.hash(token), address, organisation, role,
                inviter.accountId() == 0 ? null : inviter.accountId(), now, now.plus(VALIDITY)));
        mail.enqueue(address, organisation.getLanguage(), "mail.invitation", organisation.getName(),
                inviter.displayName(), links.to("invitation/" + token), VALIDITY.toDays());
        events.publishEvent(new AdministrativeChange("invitation.create", "Invitation", invitation.getId(),
                organisationId, null, "email=" + address + ", role=" + role));
        return InviteOutcome.INVITED;
    }

    private InviteOutcome addExisting(Account account, Organisation organisation, Role role, Instant now) {
        if (memberships.existsByAccountIdAndOrganisationId(account.getId(), organisation.getId())) {
            throw new RejectedInputException("email", "member.error.already-member");
        }
        Membership membership = memberships.saveAndFlush(new Membership(account, organisation, role, now));
        mail.enqueue(account.getEmail(), account.getLanguage(), "mail.added", organisation.getName(), links.home());
        events.publishEvent(new AdministrativeChange("membership.add", "Membership", membership.getId(),
                organisation.getId(), null, membership.describe()));
        return InviteOutcome.ADDED;
    }

    /** What an invitation link offers; anyone holding the link may look. */
    @Anyone
    public InvitationPreview preview(String token) {
        Invitation invitation = usable(token);
        return new InvitationPreview(invitation.getEmail(), invitation.getOrganisation().getName(),
                invitation.getRole(), invitation.getExpiresAt());
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
        invitation.accept(now);
        events.publishEvent(new AdministrativeChange("invitation.accept", "Membership", membership.getId(),
                invitation.getOrganisation().getId(), null, membership.describe()));
    }

    private Invitation usable(String token) {
        return SingleUseLink.usable(token, invitations::findByTokenHash, clock.instant());
    }
}
