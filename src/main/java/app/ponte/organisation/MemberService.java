package app.ponte.organisation;

import app.ponte.base.LikePattern;
import app.ponte.base.NotFoundInScopeException;
import app.ponte.security.CurrentUser;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.Role;
import java.time.Clock;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and their memberships. Client admins see their own organisation; admins see all. */
@Service
@Transactional(readOnly = true)
public class MemberService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberService(AccountRepository accounts, MembershipRepository memberships, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CLIENT_ADMIN')")
    public Page<MemberSummary> list(String filter, Pageable pageable) {
        return memberships.findInScope(currentUser.scope(), LikePattern.contains(filter), pageable);
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * Creates an account with an initial password that must pass the password policy (invitations,
     * where people choose their own, come with the administration views).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createAccount(String email, String displayName, String rawPassword, String language, ZoneId zone) {
        String normalised = Account.normaliseEmail(email);
        if (!EMAIL.matcher(normalised).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        if (!passwordPolicy.check(rawPassword).isEmpty()) {
            throw new IllegalArgumentException("The initial password breaks the password policy");
        }
        if (accounts.existsByEmail(normalised)) {
            throw new IllegalArgumentException("An account for " + normalised + " exists already");
        }
        return accounts.save(new Account(normalised, displayName, passwordEncoder.encode(rawPassword), language,
                zone, clock.instant())).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long addMembership(long accountId, long organisationId, Role role) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundInScopeException("Account", accountId));
        Organisation organisation = organisations.findInScope(currentUser.scope(), organisationId)
                .orElseThrow(() -> new NotFoundInScopeException("Organisation", organisationId));
        if (!organisation.getKind().allows(role)) {
            throw new IllegalArgumentException(role + " does not fit an organisation of kind " + organisation.getKind());
        }
        if (memberships.existsByAccountIdAndOrganisationId(accountId, organisationId)) {
            throw new IllegalArgumentException("Already a member");
        }
        return memberships.save(new Membership(account, organisation, role, clock.instant())).getId();
    }
}
