package app.ponte.organisation;

import app.ponte.security.TenantScope;
import java.util.List;
import app.ponte.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

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

    /**
     * A page of memberships in scope, by name. The text matches the start of the normalised name or of
     * the e-mail (both indexed); no count query is run.
     */
    default Slice<MemberSummary> findInScope(TenantScope scope, MemberFilter filter, String namePattern,
            String emailPattern, Pageable pageable) {
        Long organisationId = filter.organisationId();
        return findVisible(scope.everyOrganisation(), scope.organisationId(), namePattern, emailPattern,
                organisationId, filter.role(), filter.active(), pageable);
    }

    @Query("""
            select new app.ponte.organisation.MemberSummary(
                m.id, a.id, a.displayName, a.email, o.id, o.name, m.role, m.active, a.active, m.version, a.version)
            from Membership m join m.account a join m.organisation o
            where (:everyOrganisation = true or o.id = :scopeOrganisationId)
              and (a.searchName like :namePattern escape '!' or a.email like :emailPattern escape '!')
              and (:organisationId is null or o.id = :organisationId)
              and (:role is null or m.role = :role)
              and (:active is null or m.active = :active)
            order by a.searchName, a.id, o.searchName
            """)
    Slice<MemberSummary> findVisible(boolean everyOrganisation, long scopeOrganisationId, String namePattern,
            String emailPattern, @Nullable Long organisationId, @Nullable Role role, @Nullable Boolean active,
            Pageable pageable);

    @Query("""
            select count(m) from Membership m
            where m.organisation.id = :organisationId and m.role = app.ponte.security.Role.CLIENT_ADMIN
              and m.active = true and m.account.active = true
            """)
    long countActiveClientAdmins(long organisationId);

    java.util.Optional<Membership> findByAccountIdAndOrganisationId(long accountId, long organisationId);
}
