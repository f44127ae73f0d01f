package app.ponte.sla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanAssignmentRepository extends JpaRepository<PlanAssignment, Long> {

    Optional<PlanAssignment> findByOrganisationId(long organisationId);

    List<PlanAssignment> findByPlanId(long planId);

    List<PlanAssignment> findByOrganisationIdIn(Collection<Long> organisationIds);
}
