package app.ponte.organisation;

import app.ponte.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an invitation link shows before it is accepted. {@code existingAccount} tells the link's holder
 * (the invited address) to accept with the password of the account it already has instead of creating one.
 * {@code proposedName} is the name the inviter proposed for a new account; {@code language} is the page's language:
 * the existing account's, otherwise the inviting organisation's.
 */
public record InvitationPreview(String email, String organisationName, Role role, Instant expiresAt,
        boolean existingAccount, @Nullable String proposedName, String language) {
}
