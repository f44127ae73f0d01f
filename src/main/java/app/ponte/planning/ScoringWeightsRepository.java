package app.ponte.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoringWeightsRepository extends JpaRepository<ScoringWeights, Long> {
}
