package app.ponte.sla;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanAssignmentRepository extends JpaRepository<PlanAssignment, Long> {

    Optional<PlanAssignment> findByOrganisationId(long organisationId);
}
