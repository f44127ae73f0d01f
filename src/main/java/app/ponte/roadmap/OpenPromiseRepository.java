package app.ponte.roadmap;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The promises still to keep, by request: what planning must not break when it re-ranks. */
interface OpenPromiseRepository extends Repository<Promise, Long> {

    /** Pairs of request id and promised date, for the requests given, on milestones not delivered or cancelled. */
    @Query("""
            select r.requestId, p.promisedOn from Promise p join p.milestone m join m.requests r
            where r.requestId in :requestIds and r.organisationId = p.organisationId
              and p.deliveredOn is null and p.withdrawnOn is null
              and m.status in (app.ponte.roadmap.DeliveryStatus.PLANNED, app.ponte.roadmap.DeliveryStatus.IN_PROGRESS)
            """)
    List<Object[]> findOpenPromises(Collection<Long> requestIds);
}
