package app.ponte.organisation;

import app.ponte.security.TenantScope;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    /** The memberships someone can sign in with: those in active organisations, by organisation name. */
    @Query("""
            select m from Membership m join fetch m.organisation o
            where m.account.id = :accountId and o.active = true
            order by o.name, m.id
            """)
    List<Membership> findUsableByAccount(long accountId);

    boolean existsByAccountIdAndOrganisationId(long accountId, long organisationId);

    default Page<MemberSummary> findInScope(TenantScope scope, String pattern, Pageable pageable) {
        return findVisible(scope.everyOrganisation(), scope.organisationId(), pattern, pageable);
    }

    @Query(value = """
            select new app.ponte.organisation.MemberSummary(
                m.id, a.id, a.displayName, a.email, o.id, o.name, m.role, a.active)
            from Membership m join m.account a join m.organisation o
            where (:everyOrganisation = true or o.id = :organisationId)
              and (lower(a.displayName) like :pattern escape '!' or a.email like :pattern escape '!')
            order by a.displayName, o.name
            """,
            countQuery = """
            select count(m) from Membership m join m.account a join m.organisation o
            where (:everyOrganisation = true or o.id = :organisationId)
              and (lower(a.displayName) like :pattern escape '!' or a.email like :pattern escape '!')
            """)
    Page<MemberSummary> findVisible(boolean everyOrganisation, long organisationId, String pattern,
            Pageable pageable);
}
