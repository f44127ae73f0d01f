package app.ponte.organisation;

import app.ponte.security.OrganisationScope;
import app.ponte.security.TenantScope;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** A page of organisations in scope, by name; no count query, and the name index serves the order. */
    default Slice<Organisation> findInScope(TenantScope scope, OrganisationFilter filter, String namePattern,
            Pageable pageable) {
        return findVisible(scope.seesEveryOrganisation(), scope.organisationId(), namePattern, filter.kind(),
                filter.active(), pageable);
    }

    default Optional<Organisation> findInScope(TenantScope scope, long id) {
        return findById(id).filter(organisation -> scope.includes(id));
    }

    /** The organisation when the caller's scope reaches it; otherwise "not found", audited as {@code action}. */
    default Organisation requireInScope(OrganisationScope scope, String action, long id) {
        return findInScope(scope.current(), id).orElseThrow(() -> scope.notFound(action, "Organisation", id));
    }

    @Query("""
            select o from Organisation o
            where (:everyOrganisation = true or o.id = :organisationId)
              and o.searchName like :namePattern escape '!'
              and (:kind is null or o.kind = :kind)
              and (:active is null or o.active = :active)
            order by o.searchName, o.id
            """)
    Slice<Organisation> findVisible(boolean everyOrganisation, long organisationId, String namePattern,
            @Nullable OrganisationKind kind, @Nullable Boolean active, Pageable pageable);

    Optional<Organisation> findByName(String name);

    /** Who can depend on a system or have requests filed for them: a page by name. */
    @Query("""
            select o from Organisation o
            where o.active = true and o.kind <> app.ponte.organisation.OrganisationKind.TEAM
              and o.searchName like :namePattern escape '!'
            order by o.searchName, o.id
            """)
    Slice<Organisation> findActiveDepartmentsAndClients(String namePattern, Pageable pageable);

    /** Every department and client by name, and the form names are searched in: one light row each. */
    @Query("""
            select o.id as id, o.name as name, o.searchName as searchName from Organisation o
            where o.kind <> app.ponte.organisation.OrganisationKind.TEAM
            """)
    List<Named> findDepartmentAndClientNames();

    /** An organisation's name as shown and in the form names are searched in. */
    interface Named {
        Long getId();

        String getName();

        String getSearchName();
    }

    /** The cadence of the organisation's review series, copied without a new version (see {@link Organisations}). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Organisation o set o.reviewCadence = :cadence where o.id = :id")
    int followReviewCadence(long id, ReviewCadence cadence);
}
