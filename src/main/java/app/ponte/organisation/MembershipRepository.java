package app.ponte.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long>, MemberListing {

    /** The memberships someone can sign in with: those in active organisations, by organisation name. */
    @Query("""
            select m from Membership m join fetch m.organisation o
            where m.account.id = :accountId and m.active = true and o.active = true
            order by o.name, m.id
            """)
    List<Membership> findUsableByAccount(long accountId);

    boolean existsByAccountIdAndOrganisationId(long accountId, long organisationId);

    @Query("select m.account.id from Membership m where m.organisation.id = :organisationId")
    List<Long> findAccountIdsByOrganisation(long organisationId);

    /** Active people of the team's organisations, by name: candidates for account manager. */
    @Query("""
            select distinct a from Membership m join m.account a join m.organisation o
            where o.kind = app.ponte.organisation.OrganisationKind.TEAM and o.active = true
              and m.active = true and a.active = true
            order by a.displayName
            """)
    List<Account> findActiveTeamPeople();

    /** Whether the account is one of {@link #findActiveTeamPeople()}, without loading them all. */
    @Query("""
            select count(m) > 0 from Membership m join m.account a join m.organisation o
            where a.id = :accountId and o.kind = app.ponte.organisation.OrganisationKind.TEAM and o.active = true
              and m.active = true and a.active = true
            """)
    boolean isActiveTeamPerson(long accountId);

    /** Those of the accounts who are active people of an active team organisation. */
    @Query("""
            select distinct a from Membership m join m.account a join m.organisation o
            where a.id in :accountIds and o.kind = app.ponte.organisation.OrganisationKind.TEAM and o.active = true
              and m.active = true and a.active = true
            """)
    List<Account> findActiveTeamPeopleAmong(Collection<Long> accountIds);

    /** The active administrators of the active team organisations. */
    @Query("""
            select distinct a from Membership m join m.account a join m.organisation o
            where o.kind = app.ponte.organisation.OrganisationKind.TEAM and o.active = true
              and m.role = app.ponte.security.Role.ADMIN and m.active = true and a.active = true
            """)
    List<Account> findActiveTeamAdministrators();

    /** Those of the accounts who are or were members of a team organisation. */
    @Query("""
            select distinct a from Membership m join m.account a join m.organisation o
            where a.id in :accountIds and o.kind = app.ponte.organisation.OrganisationKind.TEAM
            """)
    List<Account> findTeamPeopleAmong(Collection<Long> accountIds);

    /** Keeps the members' copies of a renamed person's search name in step (see Membership). */
    @Modifying
    @Query("update Membership m set m.memberSearchName = :searchName where m.account.id = :accountId")
    void renameMember(long accountId, String searchName);

    @Query("""
            select count(m) from Membership m
            where m.organisation.id = :organisationId and m.role = app.ponte.security.Role.CLIENT_ADMIN
              and m.active = true and m.account.active = true
            """)
    long countActiveClientAdmins(long organisationId);

    java.util.Optional<Membership> findByAccountIdAndOrganisationId(long accountId, long organisationId);

    /** The organisations' names of these accounts' memberships (a page's worth), by name. */
    @Query("""
            select m.account.id, o.name from Membership m join m.organisation o
            where m.account.id in :accountIds order by o.name
            """)
    List<Object[]> findOrganisationNamesOf(Collection<Long> accountIds);
}
