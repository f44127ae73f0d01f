package app.ponte.sla;

import app.ponte.security.InternalToServices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features need to know of an organisation's plan: whether it includes the 24/7 on-call cover. */
@Service
public class SupportCover {

    private final PlanTerms terms;

    SupportCover(PlanTerms terms) {
        this.terms = terms;
    }

    /** Whether the organisation's plan includes 24/7 on-call cover (critical incidents page the person on call). */
    @InternalToServices
    @Transactional(readOnly = true)
    public boolean aroundTheClock(long organisationId) {
        return terms.planOf(organisationId).map(SlaPlan::hasOnCallCover).orElse(false);
    }
}
