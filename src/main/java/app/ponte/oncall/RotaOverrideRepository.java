package app.ponte.oncall;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RotaOverrideRepository extends JpaRepository<RotaOverride, Long> {

    /** The overrides not over yet at the instant, by start. */
    List<RotaOverride> findByEndsAtAfterOrderByStartsAtAscIdAsc(Instant at);
}
