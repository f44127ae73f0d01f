package app.ponte.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The reads of {@link RoadmapActivity}, each led by the organisation: its promises ({@code ix_promises_ledger},
 * {@code ix_promises_organisation}), their changes through each promise ({@code ix_promise_changes_promise}), and
 * the milestones delivering its requests ({@code ix_milestone_requests_organisation}). Instants are half-open
 * windows; days are inclusive.
 */
interface RoadmapActivityRepository extends JpaRepository<Promise, Long> {

    @Query("""
            select new app.ponte.roadmap.PromiseMade(m.title, p.firstPromisedOn, p.madeAt)
            from Promise p join p.milestone m
            where p.organisationId = :organisationId and p.madeAt >= :since and p.madeAt < :until
            order by p.madeAt desc, p.id desc
            """)
    List<PromiseMade> findMadeBetween(long organisationId, Instant since, Instant until, Pageable limit);

    @Query("""
            select count(p) from Promise p
            where p.organisationId = :organisationId and p.madeAt >= :since and p.madeAt < :until
            """)
    long countMadeBetween(long organisationId, Instant since, Instant until);

    @Query("""
            select new app.ponte.roadmap.PromiseKept(m.title, p.firstPromisedOn, p.deliveredOn)
            from Promise p join p.milestone m
            where p.organisationId = :organisationId and p.deliveredOn >= :from and p.deliveredOn <= :to
            order by p.deliveredOn desc, p.id desc
            """)
    List<PromiseKept> findKeptBetween(long organisationId, LocalDate from, LocalDate to, Pageable limit);

    @Query("""
            select count(p) from Promise p
            where p.organisationId = :organisationId and p.deliveredOn >= :from and p.deliveredOn <= :to
            """)
    long countKeptBetween(long organisationId, LocalDate from, LocalDate to);

    /** Dates moved later in the window, with the reason recorded in the ledger. */
    @Query("""
            select new app.ponte.roadmap.PromiseSlip(m.title, c.oldDate, c.newDate, c.reason, c.changedAt)
            from PromiseChange c join c.promise p join p.milestone m
            where p.organisationId = :organisationId and c.changedAt >= :since and c.changedAt < :until
              and c.newDate > c.oldDate
            order by c.changedAt desc, c.id desc
            """)
    List<PromiseSlip> findSlippedBetween(long organisationId, Instant since, Instant until, Pageable limit);

    @Query("""
            select count(c) from PromiseChange c join c.promise p
            where p.organisationId = :organisationId and c.changedAt >= :since and c.changedAt < :until
              and c.newDate > c.oldDate
            """)
    long countSlippedBetween(long organisationId, Instant since, Instant until);

    /** Promises withdrawn on those days: {@code [title, promisedOn, withdrawnOn, reason]} rows. */
    @Query("""
            select m.title, p.promisedOn, p.withdrawnOn, p.withdrawReason from Promise p join p.milestone m
            where p.organisationId = :organisationId and p.withdrawnOn >= :from and p.withdrawnOn <= :to
            order by p.withdrawnOn desc, p.id desc
            """)
    List<Object[]> findWithdrawnBetween(long organisationId, LocalDate from, LocalDate to, Pageable limit);

    @Query("""
            select count(p) from Promise p
            where p.organisationId = :organisationId and p.withdrawnOn >= :from and p.withdrawnOn <= :to
            """)
    long countWithdrawnBetween(long organisationId, LocalDate from, LocalDate to);

    /** Milestones delivering the organisation's requests delivered on those days: {@code [title, day]} rows. */
    @Query("""
            select m.title, m.deliveredOn from Milestone m join m.requests r
            where r.organisationId = :organisationId and m.status = app.ponte.roadmap.DeliveryStatus.DELIVERED
              and m.deliveredOn >= :from and m.deliveredOn <= :to
            group by m.id, m.title, m.deliveredOn
            order by m.deliveredOn, m.id
            """)
    List<Object[]> findDeliveredBetween(long organisationId, LocalDate from, LocalDate to, Pageable limit);

    /** The organisation's requests in open milestones: {@code [milestoneId, title, committedOn, requestId]} rows. */
    @Query("""
            select m.id, m.title, m.committedOn, r.requestId from Milestone m join m.requests r
            where r.organisationId = :organisationId
              and m.status in (app.ponte.roadmap.DeliveryStatus.PLANNED, app.ponte.roadmap.DeliveryStatus.IN_PROGRESS)
            order by m.id, r.requestId
            """)
    List<Object[]> findOpenMilestoneRequests(long organisationId);

    /** The organisation's open promises: {@code [milestoneId, promisedOn]} rows. */
    @Query("""
            select p.milestone.id, p.promisedOn from Promise p
            where p.organisationId = :organisationId and p.deliveredOn is null and p.withdrawnOn is null
            """)
    List<Object[]> findOpenPromiseDays(long organisationId);

    /** Promises first due on those days: {@code [all, on time]} (delivered by the first date told). */
    @Query("""
            select count(p), coalesce(sum(case when p.deliveredOn is not null and p.deliveredOn <= p.firstPromisedOn
                                               then 1 else 0 end), 0)
            from Promise p
            where p.organisationId = :organisationId and p.firstPromisedOn >= :from and p.firstPromisedOn <= :to
            """)
    List<Object[]> countDueBetween(long organisationId, LocalDate from, LocalDate to);
}
