package app.ponte.sla;

import app.ponte.request.SlaTarget;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

    List<SlaBreach> findByClockIdOrderByIdAsc(long clockId);

    boolean existsByClockIdAndTarget(long clockId, SlaTarget target);
}
