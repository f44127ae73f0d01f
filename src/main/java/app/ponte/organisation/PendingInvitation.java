package app.ponte.organisation;

import app.ponte.security.Role;
import java.time.Instant;

/**
 * An invitation nobody has accepted or declined yet, as the member list shows it: only what the inviter
 * typed and chose, never whether the address already has an account.
 */
public record PendingInvitation(long id, String email, String organisationName, Role role, Instant sentAt,
        Instant expiresAt) {
}
