package app.ponte.oncall;

import app.ponte.sla.EscalationLeads;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The SLA escalation reads the team's lead(s) from the escalation policy: one list, kept on the on-call page. */
@Component
@Transactional(readOnly = true)
class PolicyLeads implements EscalationLeads {

    private final CoverReader cover;

    PolicyLeads(CoverReader cover) {
        this.cover = cover;
    }

    @Override
    public Set<Long> ids() {
        return new TreeSet<>(cover.leads());
    }
}
