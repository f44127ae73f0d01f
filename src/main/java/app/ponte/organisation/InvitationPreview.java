package app.ponte.organisation;

import app.ponte.security.Role;
import java.time.Instant;

/**
 * What an invitation link shows before it is accepted. {@code existingAccount} tells the link's holder
 * (the invited address) to accept with the password of the account it already has instead of creating one.
 */
public record InvitationPreview(String email, String organisationName, Role role, Instant expiresAt,
        boolean existingAccount) {
}
