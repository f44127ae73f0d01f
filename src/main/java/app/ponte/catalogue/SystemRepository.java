package app.ponte.catalogue;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SystemRepository extends JpaRepository<OperatedSystem, Long> {

    Optional<OperatedSystem> findByName(String name);

    /** Every system, by name; {@code organisationId} null means all, otherwise those it depends on. */
    @Query("""
            select new app.ponte.catalogue.SystemSummary(s.id, s.name, s.criticality, s.availabilityTarget,
                o.displayName, size(s.dependents))
            from OperatedSystem s join s.owner o
            where (:organisationId is null
                   or exists (select d.id from OperatedSystem t join t.dependents d where t = s and d.id = :organisationId))
              and lower(s.name) like :namePattern escape '!'
            order by s.name, s.id
            """)
    Slice<SystemSummary> findListed(Long organisationId, String namePattern, Pageable pageable);
}
