package app.ponte.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPlanRepository extends JpaRepository<SlaPlan, Long> {

    List<SlaPlan> findAllByOrderByNameAsc();

    Optional<SlaPlan> findByName(String name);
}
