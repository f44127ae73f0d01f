package app.ponte.security;

/**
 * Switches the signed-in person to another of their memberships. Declared here, implemented by the
 * organisation feature, so that the application layout can offer the switch without depending on it.
 */
public interface OrganisationSwitcher {

    /** @throws app.ponte.base.NotFoundInScopeException if the membership is not the caller's */
    MembershipGrant switchTo(long membershipId);
}
