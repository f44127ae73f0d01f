package app.ponte.organisation;

import app.ponte.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invitation nobody has accepted or declined yet, as the member list shows it: only what the inviter
 * typed and chose (address, proposed name, role), never whether the address already has an account.
 */
public record PendingInvitation(long id, String email, @Nullable String displayName, String organisationName,
        Role role, Instant sentAt, Instant expiresAt) {
}
