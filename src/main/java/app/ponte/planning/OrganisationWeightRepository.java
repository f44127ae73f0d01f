package app.ponte.planning;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationWeightRepository extends JpaRepository<OrganisationWeight, Long> {

    Optional<OrganisationWeight> findByOrganisationId(long organisationId);

    @Query("select w from OrganisationWeight w join fetch w.organisation o order by o.name, w.id")
    Slice<OrganisationWeight> findAllByName(Pageable pageable);
}
