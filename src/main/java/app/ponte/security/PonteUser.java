package app.ponte.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their account, every membership they hold, and the one they are working in
 * now. Authorities come from the active membership only, so switching organisation switches role.
 */
public final class PonteUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String email;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final String displayName;
    private final String languageTag;
    private final String timeZone;
    private final List<MembershipGrant> memberships;
    private final @Nullable MembershipGrant active;

    public PonteUser(long accountId, String email, String passwordHash, boolean enabled, String displayName,
            String languageTag, String timeZone, List<MembershipGrant> memberships,
            @Nullable MembershipGrant active) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.displayName = displayName;
        this.languageTag = languageTag;
        this.timeZone = timeZone;
        this.memberships = List.copyOf(memberships);
        this.active = active;
    }

    /** The same person working in another of their organisations. */
    public PonteUser withActive(MembershipGrant grant) {
        if (!memberships.contains(grant)) {
            throw new IllegalArgumentException("Not a membership of this account");
        }
        return new PonteUser(accountId, email, passwordHash, enabled, displayName, languageTag, timeZone,
                memberships, grant);
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String languageTag() {
        return languageTag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    public String timeZone() {
        return timeZone;
    }

    public List<MembershipGrant> memberships() {
        return memberships;
    }

    /** Somebody with several memberships works in one organisation at a time and may switch to another. */
    public boolean canSwitchOrganisation() {
        return memberships.size() > 1;
    }

    public Optional<MembershipGrant> active() {
        return Optional.ofNullable(active);
    }

    /** The active membership; every signed-in, enabled user has one. */
    public MembershipGrant requireActive() {
        if (active == null) {
            throw new IllegalStateException("Account " + accountId + " has no active membership");
        }
        return active;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return active == null ? List.of() : List.of(new SimpleGrantedAuthority(active.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PonteUser that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "PonteUser[" + accountId + ", " + email + "]";
    }
}
