package app.ponte.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PromiseRepository extends JpaRepository<Promise, Long> {

    Optional<Promise> findByMilestoneIdAndOrganisationId(long milestoneId, long organisationId);

    List<Promise> findByMilestoneId(long milestoneId);

    /** An organisation's ledger, newest promise first. */
    @Query("""
            select p from Promise p join fetch p.milestone m join fetch m.initiative
            where p.organisation.id = :organisationId order by p.madeAt desc, p.id desc
            """)
    List<Promise> findLedger(long organisationId);

    @Query("select p from Promise p where p.deliveredOn is not null")
    List<Promise> findDelivered();
}
