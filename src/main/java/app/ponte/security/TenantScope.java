package app.ponte.security;

/**
 * Which organisations' data a query may return. Built in one place ({@link CurrentUser#scope()})
 * from the active membership and passed to every repository query that returns organisation data.
 *
 * @param everyOrganisation team-side roles (admin, team) see all organisations
 * @param organisationId the active organisation; the only one visible when not everyOrganisation
 */
public record TenantScope(boolean everyOrganisation, long organisationId) {

    public static TenantScope of(MembershipGrant grant) {
        return new TenantScope(grant.role().seesEveryOrganisation(), grant.organisationId());
    }

    /** Team-side roles (admin, team) read every organisation's data. */
    public boolean seesEveryOrganisation() {
        return everyOrganisation;
    }

    public boolean includes(long otherOrganisationId) {
        return everyOrganisation || organisationId == otherOrganisationId;
    }
}
