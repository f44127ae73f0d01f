package app.ponte.sla;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.request.SlaTarget;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.InternalToServices;
import app.ponte.security.OrganisationScope;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA attainment per organisation and month. The team reads any organisation; a member of a client or a
 * department reads its active organisation only: another id is "not found", audited ({@link OrganisationScope}).
 *
 * <p><b>Which targets a month counts.</b> The month runs from its first midnight to the next month's in the
 * organisation's own time zone. A target (first response or resolution, each counted separately) belongs to the
 * month in which it was <em>settled</em>: a target met in time at the moment it was met (even when it was due
 * later); a target missed at its due time, whether it was met late afterwards or is still open. A target still
 * open before its due time is not measured yet, nor one that was paused before its due time (a pause moves the
 * due time). Each target thus counts once, in one month. The share is the targets met in time over those
 * measured; the breaches listed are exactly the missed targets counted, with the cause the clock recorded.
 */
@Service
@Transactional(readOnly = true)
public class SlaAttainment {

    private final AttainmentClockRepository clocks;
    private final PlanAssignmentRepository assignments;
    private final OrganisationNames organisations;
    private final OrganisationScope scope;
    private final Clock clock;

    SlaAttainment(AttainmentClockRepository clocks, PlanAssignmentRepository assignments,
            OrganisationNames organisations, OrganisationScope scope, Clock clock) {
        this.clocks = clocks;
        this.assignments = assignments;
        this.organisations = organisations;
        this.scope = scope;
        this.clock = clock;
    }

    /** Whose attainment the caller may read, and which to show first. */
    @AnyoneSignedIn
    public AttainmentChoices choices() {
        if (!scope.seesEveryOrganisation()) {
            List<OrganisationSummary> own = organisations.summaries(List.of(scope.activeOrganisation()));
            return new AttainmentChoices(false, own, own.isEmpty() ? null : own.getFirst());
        }
        Set<Long> withClocks = Set.copyOf(clocks.organisationsWithClocks());
        Set<Long> shown = new TreeSet<>(withClocks);
        assignments.findAll().forEach(assignment -> shown.add(assignment.getOrganisationId()));
        List<OrganisationSummary> choices = organisations.summaries(shown).stream()
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new AttainmentChoices(true, choices, choices.stream()
                .filter(o -> withClocks.contains(o.id())).findFirst().orElse(choices.isEmpty() ? null : choices.getFirst()));
    }

    /** The month of the organisation's own calendar that is running now. */
    @AnyoneSignedIn
    public YearMonth currentMonth(long organisationId) {
        return YearMonth.from(clock.instant().atZone(organisation(organisationId).timeZone()));
    }

    /** One organisation's attainment in one month of its own time zone (see the class comment for what counts). */
    @AnyoneSignedIn
    public Attainment forMonth(long organisationId, YearMonth month) {
        OrganisationSummary organisation = organisation(organisationId);
        ZoneId zone = organisation.timeZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        MonthAttainment counted = count(organisationId, from, to);
        return new Attainment(organisationId, organisation.name(), zone, month, counted.firstResponse(),
                counted.resolution(), counted.breaches());
    }

    /**
     * The same count over any window {@code [from, to)}: an agenda's "since the last review", a report's period.
     * Called only by the meeting and report services, which checked the caller's access already.
     */
    @InternalToServices
    public SlaPeriod between(long organisationId, Instant from, Instant to) {
        MonthAttainment counted = count(organisationId, from, to);
        boolean covered = assignments.findByOrganisationId(organisationId).isPresent()
                || counted.firstResponse().measured() + counted.resolution().measured() > 0;
        return new SlaPeriod(covered, counted.firstResponse(), counted.resolution(), counted.breaches());
    }

    private MonthAttainment count(long organisationId, Instant from, Instant to) {
        Map<Long, SupportClock> found = new LinkedHashMap<>();
        for (List<SupportClock> part : List.of(clocks.firstResponseDueIn(organisationId, from, to),
                clocks.firstRespondedIn(organisationId, from, to), clocks.resolutionDueIn(organisationId, from, to),
                clocks.resolvedIn(organisationId, from, to))) {
            part.forEach(c -> found.putIfAbsent(c.getId(), c));
        }
        Map<Long, Map<SlaTarget, SlaBreach>> breaches = found.isEmpty() ? Map.of()
                : clocks.breachesOf(found.keySet()).stream().collect(Collectors.groupingBy(SlaBreach::getClockId))
                        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                e -> MonthAttainment.byTarget(e.getValue())));
        return new MonthAttainment(from, to, clock.instant()).count(found.values(), breaches);
    }

    /** The organisation asked for, after the one scope check: outside the caller's scope or unknown, not found. */
    private OrganisationSummary organisation(long organisationId) {
        scope.require(organisationId, "sla.attainment");
        return organisations.summaries(List.of(organisationId)).stream().findFirst()
                .orElseThrow(() -> scope.notFound("sla.attainment", "Organisation", organisationId));
    }
}
