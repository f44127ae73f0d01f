package app.ponte.organisation;

import app.ponte.security.Role;
import java.time.Instant;

/** What an invitation link shows before it is accepted. */
public record InvitationPreview(String email, String organisationName, Role role, Instant expiresAt) {
}
