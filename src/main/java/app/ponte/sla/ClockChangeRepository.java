package app.ponte.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClockChangeRepository extends JpaRepository<ClockChange, Long> {

    List<ClockChange> findByClockIdOrderByIdAsc(long clockId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from ClockChange c where c.clockId = :clockId")
    void deleteByClockId(long clockId);
}
