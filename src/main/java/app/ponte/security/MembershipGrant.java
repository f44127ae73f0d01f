package app.ponte.security;

import java.io.Serializable;

/** What one membership lets its holder do: act in this organisation with this role. */
public record MembershipGrant(long membershipId, long organisationId, String organisationName, Role role)
        implements Serializable {
}
