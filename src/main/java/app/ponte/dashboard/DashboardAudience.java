package app.ponte.dashboard;

import app.ponte.security.Role;

/**
 * Whose home page a dashboard is: the requesting organisation's members (a department or a client, their own
 * organisation only), the team, or the administrators. Each role's home is the dashboard of its audience.
 */
public enum DashboardAudience {
    REQUESTER, TEAM, ADMIN;

    public static DashboardAudience of(Role role) {
        return switch (role) {
            case ADMIN -> ADMIN;
            case TEAM -> TEAM;
            case INTERNAL, CLIENT_ADMIN, CLIENT -> REQUESTER;
        };
    }
}
