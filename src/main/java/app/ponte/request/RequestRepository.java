package app.ponte.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestRepository extends JpaRepository<Request, Long>, RequestListing, RequestTallies {

    /** Duplicates of a request that is itself merged now point to where it was merged. */
    @Modifying
    @Query("update Request r set r.duplicateOf = :original where r.duplicateOf.id = :duplicateId")
    int repointDuplicates(long duplicateId, Request original);

    /**
     * The SLA clocks' copy of the next deadline: a bulk update, so that it neither bumps the version (no team
     * member's open form turns stale because a clock moved) nor is overwritten by a later save of the entity,
     * which maps these columns read-only.
     */
    @Modifying
    @Query("""
            update Request r set r.slaTarget = :target, r.slaDueAt = :dueAt, r.slaAtRiskAt = :atRiskAt,
                r.slaPaused = :paused
            where r.id = :requestId
            """)
    int recordDeadline(long requestId, @Nullable SlaTarget target, @Nullable Instant dueAt,
            @Nullable Instant atRiskAt, boolean paused);

    @Query("""
            select new app.ponte.request.HistoryEntry(a.displayName, c.fromStatus, c.toStatus, c.note, c.changedAt)
            from StatusChange c join c.actor a
            where c.request.id = :requestId
            order by c.changedAt, c.id
            """)
    List<HistoryEntry> findHistory(long requestId);

    @Query("""
            select new app.ponte.request.CommentEntry(c.id, a.displayName, c.body, c.internal, c.createdAt)
            from Comment c join c.author a
            where c.request.id = :requestId and (:withInternal = true or c.internal = false)
            order by c.createdAt, c.id
            """)
    List<CommentEntry> findConversation(long requestId, boolean withInternal);

    /**
     * Open requests per organisation that is not the team's, zero for one without any: one GROUP BY over the
     * organisations with their open requests joined (the index on organisation and status serves the join).
     */
    @Query("""
            select o.id, count(r.id)
            from Organisation o left join Request r on r.organisation = o and r.status in :open
            where o.kind <> app.ponte.organisation.OrganisationKind.TEAM
            group by o.id
            """)
    List<Object[]> countOpenPerOrganisation(Collection<RequestStatus> open);

    /** When each organisation's oldest open request was filed (organisations without one are left out). */
    @Query("""
            select r.organisation.id, min(r.createdAt) from Request r
            where r.status in :open
            group by r.organisation.id
            """)
    List<Object[]> findOldestOpenPerOrganisation(Collection<RequestStatus> open);

    /**
     * When each organisation last got in touch: the later of its newest request and its members' newest public
     * comment on its requests. One query over both (a union grouped again); organisations never heard from are
     * left out.
     */
    @Query("""
            select t.organisationId, max(t.at) from (
                select r.organisation.id as organisationId, max(r.createdAt) as at from Request r
                group by r.organisation.id
                union all
                select r.organisation.id as organisationId, max(c.createdAt) as at
                from Comment c join c.request r
                where c.internal = false and exists (select m.id from Membership m
                    where m.account = c.author and m.organisation = r.organisation)
                group by r.organisation.id
            ) t
            group by t.organisationId
            """)
    List<Object[]> findLastContactPerOrganisation();
}
