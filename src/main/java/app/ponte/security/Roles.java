package app.ponte.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String TEAM = "TEAM";
    public static final String INTERNAL = "INTERNAL";
    public static final String CLIENT_ADMIN = "CLIENT_ADMIN";
    public static final String CLIENT = "CLIENT";

    private Roles() {
    }
}
