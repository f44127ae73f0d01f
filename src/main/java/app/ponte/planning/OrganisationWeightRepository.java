package app.ponte.planning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationWeightRepository extends JpaRepository<OrganisationWeight, Long> {

    Optional<OrganisationWeight> findByOrganisationId(long organisationId);
}
