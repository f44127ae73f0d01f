package app.ponte.roadmap;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    /**
     * Who sees an initiative {@code i}: the organisation {@code :reader} sees the public ones and those delivering
     * one of its requests. A JPQL condition, said once for every query that needs it.
     */
    String SEEN_BY = """
            (i.publicItem = true
             or exists (select 1 from Milestone seen join seen.requests seenRequest
                        where seen.initiative = i and seenRequest.organisationId = :reader))""";

    /**
     * The initiatives an organisation ({@code reader}) may see ({@link #SEEN_BY}), or all of them when
     * {@code reader} is null (the team), by target end; optionally only those touching a system or in a status.
     */
    @Query("select i from Initiative i"
            + " where (:status is null or i.status = :status)"
            + " and (:systemId is null or :systemId member of i.systemIds)"
            + " and (:reader is null or " + SEEN_BY + ")"
            + " order by i.endsOn, i.id")
    Slice<Initiative> findVisible(Long reader, Long systemId, DeliveryStatus status, Pageable pageable);
}
