package app.ponte.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClockChangeRepository extends JpaRepository<ClockChange, Long> {

    List<ClockChange> findByClockIdOrderByIdAsc(long clockId);
}
