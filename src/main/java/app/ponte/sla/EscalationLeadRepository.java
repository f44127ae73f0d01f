package app.ponte.sla;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationLeadRepository extends JpaRepository<EscalationLead, Long> {
}
