package app.ponte.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SystemRepository extends JpaRepository<OperatedSystem, Long> {

    Optional<OperatedSystem> findByName(String name);

    /** Every system, by name; {@code organisationId} null means all, otherwise those it depends on. */
    @Query("""
            select new app.ponte.catalogue.SystemListing(s.id, s.name, s.criticality, s.availabilityTarget,
                s.ownerId, size(s.dependentIds))
            from OperatedSystem s
            where (:organisationId is null
                   or exists (select d from OperatedSystem t join t.dependentIds d where t = s and d = :organisationId))
              and lower(s.name) like :namePattern escape '!'
            order by s.name, s.id
            """)
    Slice<SystemListing> findListed(Long organisationId, String namePattern, Pageable pageable);

    @Query("select s.id from OperatedSystem s where lower(s.name) like :pattern escape '!'")
    List<Long> findIdsByNamePattern(String pattern);

    /** Id and name of some systems, in one light read. */
    /** Whether any of the systems is marked critical (an incident on it pages the person on call). */
    @Query("""
            select count(s) > 0 from OperatedSystem s
            where s.id in :ids and s.criticality = app.ponte.catalogue.Criticality.CRITICAL
            """)
    boolean anyCritical(Collection<Long> ids);

    @Query("select s.id, s.name from OperatedSystem s where s.id in :ids")
    List<Object[]> findNames(Collection<Long> ids);
}
