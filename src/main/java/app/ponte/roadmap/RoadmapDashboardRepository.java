package app.ponte.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The dashboards' reads: projections and counts, never entities. Promises by organisation and first day told read
 * {@code ix_promises_organisation_first}, deliveries by day {@code ix_promises_delivered} and
 * {@code ix_milestones_delivered}, open dated milestones {@code ix_milestones_open_committed} (V59).
 */
interface RoadmapDashboardRepository extends Repository<Milestone, Long> {

    /** The open milestones with a committed day that the organisation {@code :reader} reads, soonest first. */
    @Query("select new app.ponte.roadmap.ComingMilestone(m.id, i.id, i.title, m.title, m.committedOn, i.confidence)"
            + " from Milestone m join m.initiative i"
            + " where m.status in (app.ponte.roadmap.DeliveryStatus.PLANNED,"
            + " app.ponte.roadmap.DeliveryStatus.IN_PROGRESS)"
            + " and m.committedOn is not null and " + MilestoneRepository.READ_BY
            + " order by m.committedOn, m.id")
    List<ComingMilestone> findComing(long reader, Pageable limit);

    /**
     * An organisation's promises whose first day told falls on the days {@code from..to}, counted by that day and
     * the delivery day: {@code [firstPromisedOn, deliveredOn or null, count]} rows.
     */
    @Query("""
            select p.firstPromisedOn, p.deliveredOn, count(p) from Promise p
            where p.organisationId = :organisationId and p.firstPromisedOn >= :from and p.firstPromisedOn <= :to
            group by p.firstPromisedOn, p.deliveredOn
            """)
    List<Object[]> countDue(long organisationId, LocalDate from, LocalDate to);

    /**
     * The requests of the open milestones with a committed day: {@code [milestoneId, initiativeId, initiative title,
     * milestone title, committedOn, requestId]} rows, for their proposal from the schedule.
     */
    @Query("""
            select m.id, i.id, i.title, m.title, m.committedOn, r.requestId
            from Milestone m join m.initiative i join m.requests r
            where m.status in (app.ponte.roadmap.DeliveryStatus.PLANNED, app.ponte.roadmap.DeliveryStatus.IN_PROGRESS)
              and m.committedOn is not null
            """)
    List<Object[]> findOpenCommittedRequests();

    /** Milestones delivered on the days {@code from..to} by day: {@code [deliveredOn, milestones, requests]} rows. */
    @Query("""
            select m.deliveredOn, count(distinct m.id), count(r.requestId)
            from Milestone m left join m.requests r
            where m.status = app.ponte.roadmap.DeliveryStatus.DELIVERED
              and m.deliveredOn >= :from and m.deliveredOn <= :to
            group by m.deliveredOn
            """)
    List<Object[]> countDelivered(LocalDate from, LocalDate to);

    /**
     * Per organisation, its promises broken or slipped recently: moved later or taken back since {@code since}
     * ({@code sinceDay}), delivered after the first day told since then, cancelled with their milestone since then,
     * or overdue now ({@code today}): {@code [organisationId, count]} rows, each promise counted once.
     */
    @Query("""
            select p.organisationId, count(p) from Promise p join p.milestone m
            where (p.withdrawnOn is not null and p.withdrawnOn >= :sinceDay)
               or (p.deliveredOn is not null and p.deliveredOn > p.firstPromisedOn and p.deliveredOn >= :sinceDay)
               or (p.deliveredOn is null and p.withdrawnOn is null
                   and m.status = app.ponte.roadmap.DeliveryStatus.CANCELLED and m.updatedAt >= :since)
               or (p.deliveredOn is null and p.withdrawnOn is null
                   and m.status <> app.ponte.roadmap.DeliveryStatus.CANCELLED and p.promisedOn < :today)
               or exists (select 1 from PromiseChange c where c.promise = p and c.changedAt >= :since
                          and c.newDate > c.oldDate)
            group by p.organisationId
            """)
    List<Object[]> countSlippedOrBroken(Instant since, LocalDate sinceDay, LocalDate today);
}
