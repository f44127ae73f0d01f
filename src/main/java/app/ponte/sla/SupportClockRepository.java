package app.ponte.sla;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportClockRepository extends JpaRepository<SupportClock, Long> {

    Optional<SupportClock> findByRequestId(long requestId);
}
