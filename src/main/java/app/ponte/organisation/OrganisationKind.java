package app.ponte.organisation;

import app.ponte.security.Role;

/** Who an organisation is to the backend team. */
public enum OrganisationKind {
    /** The backend team itself. */
    TEAM,
    /** An internal department of the company: marketing, sales, finance, ... */
    DEPARTMENT,
    /** An external customer company or partner. */
    CLIENT;

    /** Which roles a membership of an organisation of this kind may carry. */
    public boolean allows(Role role) {
        return switch (this) {
            case TEAM -> role == Role.ADMIN || role == Role.TEAM;
            case DEPARTMENT -> role == Role.INTERNAL;
            case CLIENT -> role == Role.CLIENT_ADMIN || role == Role.CLIENT;
        };
    }

    public String labelKey() {
        return "organisation.kind." + name();
    }
}
