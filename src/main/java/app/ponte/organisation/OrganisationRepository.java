package app.ponte.organisation;

import app.ponte.security.TenantScope;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    default Page<Organisation> findInScope(TenantScope scope, String namePattern, Pageable pageable) {
        return findVisible(scope.everyOrganisation(), scope.organisationId(), namePattern, pageable);
    }

    default Optional<Organisation> findInScope(TenantScope scope, long id) {
        return findById(id).filter(organisation -> scope.includes(id));
    }

    @Query("""
            select o from Organisation o
            where (:everyOrganisation = true or o.id = :organisationId)
              and lower(o.name) like :namePattern escape '!'
            """)
    Page<Organisation> findVisible(boolean everyOrganisation, long organisationId, String namePattern,
            Pageable pageable);

    Optional<Organisation> findByName(String name);
}
