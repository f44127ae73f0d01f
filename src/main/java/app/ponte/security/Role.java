package app.ponte.security;

/**
 * The role a person has in one organisation. {@link Roles} holds the same names as constants for
 * annotations such as {@code @RolesAllowed}.
 */
public enum Role {
    ADMIN,
    TEAM,
    INTERNAL,
    CLIENT_ADMIN,
    CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's name as people read it. */
    public String labelKey() {
        return "role." + name();
    }

    /** Team-side roles see every organisation's data; the others see only their own organisation. */
    public boolean seesEveryOrganisation() {
        return this == ADMIN || this == TEAM;
    }
}
