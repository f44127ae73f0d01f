package app.ponte.oncall;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationPolicyRepository extends JpaRepository<EscalationPolicy, Long> {

    /** The policy: there is at most one. */
    Optional<EscalationPolicy> findFirstByOrderByIdAsc();
}
