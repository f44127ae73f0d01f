package app.ponte.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    /** The statuses a request left for "waiting for the requester", the latest first. */
    @Query("""
            select c.fromStatus from StatusChange c
            where c.request.id = :requestId and c.toStatus = app.ponte.request.RequestStatus.WAITING_FOR_REQUESTER
            order by c.changedAt desc, c.id desc
            """)
    List<RequestStatus> findStatusesLeftForWaiting(long requestId);
}
