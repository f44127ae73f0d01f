package app.ponte.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestRepository extends JpaRepository<Request, Long>, RequestListing {

    /** Duplicates of a request that is itself merged now point to where it was merged. */
    @Modifying
    @Query("update Request r set r.duplicateOf = :original where r.duplicateOf.id = :duplicateId")
    int repointDuplicates(long duplicateId, Request original);

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
