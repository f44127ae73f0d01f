package app.ponte.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PromiseRepository extends JpaRepository<Promise, Long> {

    Optional<Promise> findByMilestoneIdAndOrganisationId(long milestoneId, long organisationId);

    List<Promise> findByMilestoneId(long milestoneId);

    /** A page of an organisation's ledger, newest promise first. */
    @Query("""
            select p from Promise p join fetch p.milestone m join fetch m.initiative
            where p.organisationId = :organisationId order by p.madeAt desc, p.id desc
            """)
    Slice<Promise> findLedger(long organisationId, Pageable pageable);

    /** A page of every organisation's promises, newest first: the team's ledger before it picks one. */
    @Query("""
            select p from Promise p join fetch p.milestone m join fetch m.initiative
            order by p.madeAt desc, p.id desc
            """)
    Slice<Promise> findWholeLedger(Pageable pageable);

    /** How every promise stands, for the team's summary of all organisations. */
    @Query("""
            select new app.ponte.roadmap.PromiseFacts(p.firstPromisedOn, p.promisedOn, p.deliveredOn, p.withdrawnOn,
                    m.status)
            from Promise p join p.milestone m
            """)
    List<PromiseFacts> findAllFacts();

    /** How each of an organisation's promises stands, for its summary. */
    @Query("""
            select new app.ponte.roadmap.PromiseFacts(p.firstPromisedOn, p.promisedOn, p.deliveredOn, p.withdrawnOn,
                    m.status)
            from Promise p join p.milestone m where p.organisationId = :organisationId
            """)
    List<PromiseFacts> findFacts(long organisationId);

    /**
     * Delivered promises counted by delivery day and first day told (on or after {@code from}; all when null): the
     * team's delivery record, from a few hundred grouped rows a year instead of every promise.
     */
    @Query("""
            select new app.ponte.roadmap.DeliveredDays(p.deliveredOn, p.firstPromisedOn, count(p))
            from Promise p where p.deliveredOn is not null and (:from is null or p.deliveredOn >= :from)
            group by p.deliveredOn, p.firstPromisedOn
            """)
    List<DeliveredDays> countDelivered(@Nullable LocalDate from);
}
