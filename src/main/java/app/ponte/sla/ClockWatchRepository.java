package app.ponte.sla;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Figures of the running clocks for the dashboards, as aggregates over {@code sla_clocks}. The target a clock runs
 * for is the one {@link SupportClock#currentTarget()} names: the first response until it is given, then the
 * resolution; written here once as the {@link #DUE} and {@link #AT_RISK} expressions. Open clocks are found through
 * the index led by {@code resolved_at} (V61), or for one organisation by {@code (organisation_id, resolved_at)}.
 */
interface ClockWatchRepository extends Repository<SupportClock, Long> {

    /** The current target's due instant (null when the clock runs for nothing). */
    String DUE = "(case when c.firstRespondedAt is null and c.firstResponseDueAt is not null"
            + " then c.firstResponseDueAt else c.resolutionDueAt end)";

    /** The current target's at-risk instant, as the request lists' copy has it. */
    String AT_RISK = "(case when c.firstRespondedAt is null and c.firstResponseDueAt is not null"
            + " then c.firstResponseAtRiskAt else c.resolutionAtRiskAt end)";

    String OPEN = " c.resolvedAt is null and " + DUE + " is not null"
            + " and (:organisation is null or c.organisationId = :organisation)";

    @Query("select new app.ponte.sla.OpenClocks(count(c),"
            + " coalesce(sum(case when c.pausedSince is not null then 1 else 0 end), 0),"
            + " coalesce(sum(case when c.pausedSince is null and " + AT_RISK + " <= :now then 1 else 0 end), 0),"
            + " coalesce(sum(case when c.pausedSince is null and " + AT_RISK + " <= :now and " + DUE
            + " <= :now then 1 else 0 end), 0))"
            + " from SupportClock c where" + OPEN)
    OpenClocks countOpen(@Nullable Long organisation, Instant now);

    /** The running (not paused) clocks' deadlines, the soonest (hence the breached) first. */
    @Query("select new app.ponte.sla.ClockDeadline(c.requestId, c.title,"
            + " case when c.firstRespondedAt is null and c.firstResponseDueAt is not null"
            + " then app.ponte.request.SlaTarget.FIRST_RESPONSE else app.ponte.request.SlaTarget.RESOLUTION end,"
            + " " + DUE + ", " + AT_RISK + ")"
            + " from SupportClock c where" + OPEN + " and c.pausedSince is null"
            + " order by " + DUE + ", c.id")
    List<ClockDeadline> nextDeadlines(@Nullable Long organisation, Limit limit);

    /** Breaches per organisation whose target was missed in {@code [from, to)}: the relationship signal. */
    @Query("select b.organisationId, count(b) from SlaBreach b where b.missedAt >= :from and b.missedAt < :to"
            + " group by b.organisationId")
    List<Object[]> breachesPerOrganisation(Instant from, Instant to);

    /** The organisations on a plan: the ones whose breaches are measured (none is a good value, not a missing one). */
    @Query("select a.organisationId from PlanAssignment a")
    List<Long> organisationsOnAPlan();
}
