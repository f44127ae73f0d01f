package app.ponte.roadmap;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    /**
     * The initiatives an organisation may see (public ones, and those delivering one of its requests), or
     * all of them when {@code organisationId} is null (the team), by target end; optionally only those touching
     * a system or in a status.
     */
    @Query("""
            select i from Initiative i
            where (:status is null or i.status = :status)
              and (:systemId is null or :systemId member of i.systemIds)
              and (:organisationId is null or i.publicItem = true
                   or exists (select 1 from Milestone m join m.requests r
                              where m.initiative = i and r.organisationId = :organisationId))
            order by i.endsOn, i.id
            """)
    Slice<Initiative> findVisible(Long organisationId, Long systemId, DeliveryStatus status, Pageable pageable);
}
