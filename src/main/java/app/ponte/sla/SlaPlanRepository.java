package app.ponte.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaPlanRepository extends JpaRepository<SlaPlan, Long> {

    List<SlaPlan> findAllByOrderByNameAsc();

    Optional<SlaPlan> findByName(String name);

    /** The plans with a target counted on this calendar. */
    @Query("""
            select distinct p.id from SlaPlan p join p.targets t
            where t.firstResponseCalendarId = :calendarId or t.resolutionCalendarId = :calendarId
            """)
    List<Long> findIdsCountingOn(long calendarId);
}
