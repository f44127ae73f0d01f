package app.ponte.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    @Query("select f from CalendarFeed f where f.tokenHash = :tokenHash and f.revokedAt is null")
    Optional<CalendarFeed> findActiveByTokenHash(String tokenHash);

    @Query("select f from CalendarFeed f where f.accountId = :accountId and f.revokedAt is null")
    List<CalendarFeed> findActiveByAccountId(long accountId);
}
