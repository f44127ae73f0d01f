package app.ponte.planning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamCapacityRepository extends JpaRepository<TeamCapacity, Long> {

    Optional<TeamCapacity> findByAccountId(long accountId);
}
