package app.ponte.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The people other features write to on an organisation's behalf (see {@link Contacts}). */
interface ContactRepository extends Repository<Membership, Long> {

    /** Whether the account is an active member of the active organisation, with an active account. */
    @Query("""
            select count(m) > 0 from Membership m join m.account a join m.organisation o
            where a.id = :accountId and o.id = :organisationId and m.active = true and a.active = true
              and o.active = true
            """)
    boolean isActiveMember(long accountId, long organisationId);

    /**
     * Who speaks for an organisation: a client's client admins, every member of a department (the team's own
     * organisation has none). Active memberships of active accounts only.
     */
    @Query("""
            select a from Membership m join m.account a join m.organisation o
            where o.id = :organisationId and m.active = true and a.active = true and o.active = true
              and ((o.kind = app.ponte.organisation.OrganisationKind.CLIENT
                    and m.role = app.ponte.security.Role.CLIENT_ADMIN)
                or (o.kind = app.ponte.organisation.OrganisationKind.DEPARTMENT
                    and m.role = app.ponte.security.Role.INTERNAL))
            order by a.id
            """)
    List<Account> findSpokespeople(long organisationId);

    @Query("""
            select o from Organisation o
            where o.active = true and o.kind <> app.ponte.organisation.OrganisationKind.TEAM
            order by o.id
            """)
    List<Organisation> findServed();

    /** An organisation's active members with active accounts, by name: who may own an action item of theirs. */
    @Query("""
            select a from Membership m join m.account a join m.organisation o
            where o.id = :organisationId and m.active = true and a.active = true and o.active = true
            order by a.displayName, a.id
            """)
    List<Account> findActiveMembers(long organisationId);
}
