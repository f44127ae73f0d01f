package app.ponte.organisation;

import app.ponte.security.Role;
import java.util.List;

/**
 * Which roles a member administrator may hand out (by invitation or by changing a role): an admin every
 * role, a client admin the two client roles. Which of them fit an organisation is {@link OrganisationKind}'s rule.
 */
public final class GrantableRoles {

    private static final List<Role> CLIENT_ROLES = List.of(Role.CLIENT_ADMIN, Role.CLIENT);

    private GrantableRoles() {
    }

    /** The roles {@code actor} may grant, in the order of {@link Role}. */
    public static List<Role> by(Role actor) {
        return actor == Role.ADMIN ? List.of(Role.values()) : CLIENT_ROLES;
    }

    public static boolean mayGrant(Role actor, Role role) {
        return by(actor).contains(role);
    }
}
