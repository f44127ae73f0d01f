package app.ponte.request;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestRepository extends JpaRepository<Request, Long>, RequestListing {

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
}
