package app.ponte.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessCalendarRepository extends JpaRepository<BusinessCalendar, Long> {

    List<BusinessCalendar> findAllByOrderByNameAsc();

    Optional<BusinessCalendar> findByName(String name);
}
