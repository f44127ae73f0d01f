package app.ponte.planning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRecomputeRepository extends JpaRepository<ScoreRecompute, Long> {

    Optional<ScoreRecompute> findFirstByOrderByIdDesc();
}
