package app.ponte.security;

/** An account the login page may suggest, e.g. the demo accounts of a demo installation. */
public record LoginHint(String email, Role role, String organisationName) {
}
