package app.ponte.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserNotificationRepository extends JpaRepository<UserNotification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Query("select n from UserNotification n where n.recipientId = :recipientId order by n.createdAt desc, n.id desc")
    List<UserNotification> findNewest(long recipientId, Pageable pageable);

    @Modifying
    @Query("update UserNotification n set n.readAt = :now where n.id = :id and n.recipientId = :recipientId and n.readAt is null")
    int markRead(long id, long recipientId, Instant now);

    @Modifying
    @Query("update UserNotification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);

    @Modifying
    @Query("update UserNotification n set n.readAt = :now where n.recipientId = :recipientId and n.event = :event "
            + "and n.link = :link and n.readAt is null")
    int markReadByEventAndLink(long recipientId, NotificationEvent event, String link, Instant now);
}
