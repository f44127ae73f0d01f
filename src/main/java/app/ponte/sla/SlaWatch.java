package app.ponte.sla;

import app.ponte.security.AnyMember;
import app.ponte.security.OrganisationScope;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running SLA clocks as the dashboards show them: how many are open, paused, at risk or breached, and the next
 * deadlines. The team reads every organisation's clocks; anybody else only their active organisation's, through
 * the one restriction of {@link OrganisationScope}. Counted by one aggregate query, never by loading clocks.
 */
@Service
@Transactional(readOnly = true)
public class SlaWatch {

    /** How many deadlines a dashboard lists. */
    public static final int DEADLINES_SHOWN = 5;

    private final ClockWatchRepository clocks;
    private final OrganisationScope scope;
    private final Clock clock;

    SlaWatch(ClockWatchRepository clocks, OrganisationScope scope, Clock clock) {
        this.clocks = clocks;
        this.scope = scope;
        this.clock = clock;
    }

    /** The caller's open clocks now (the team: every organisation's). */
    @AnyMember
    public OpenClocks openClocks() {
        return clocks.countOpen(scope.restriction(), clock.instant());
    }

    /**
     * One organisation's open clocks now (the team any organisation's, anybody else only their own: another id is
     * "not found", audited), as the inbox filtered by that organisation counts them.
     */
    @AnyMember
    public OpenClocks openClocks(long organisationId) {
        return clocks.countOpen(scope.require(organisationId, "sla.open-clocks"), clock.instant());
    }

    /** The caller's next deadlines of running clocks, soonest first (breached ones lead). */
    @AnyMember
    public List<ClockDeadline> nextDeadlines() {
        return clocks.nextDeadlines(scope.restriction(), Limit.of(DEADLINES_SHOWN));
    }
}
