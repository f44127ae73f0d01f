package app.ponte.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClockPauseRepository extends JpaRepository<ClockPause, Long> {

    List<ClockPause> findByClockIdOrderByIdAsc(long clockId);

    Optional<ClockPause> findFirstByClockIdAndResumedAtIsNullOrderByIdDesc(long clockId);
}
