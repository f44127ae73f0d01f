package app.ponte.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByAccountId(long accountId);

    Optional<NotificationPreference> findByAccountIdAndEvent(long accountId, NotificationEvent event);
}
