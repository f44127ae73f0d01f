package app.ponte.organisation;

import app.ponte.security.Role;

/** One membership as the member list shows it, with the versions an edit must name. */
public record MemberSummary(long membershipId, long accountId, String displayName, String email,
        long organisationId, String organisationName, Role role, boolean membershipActive, boolean accountActive,
        long membershipVersion, long accountVersion) {
}
