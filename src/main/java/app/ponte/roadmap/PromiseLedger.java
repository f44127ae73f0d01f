package app.ponte.roadmap;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promise ledger: every date told to an organisation, how each turned out, and every change of date with
 * its reason; an organisation's summary, and the team's delivery record. The team reads any organisation's,
 * everybody else their own (another organisation's id is answered as not found).
 */
@Service
@Transactional(readOnly = true)
public class PromiseLedger {

    private final PromiseRepository promises;
    private final PromiseChangeRepository changes;
    private final TeamDirectory team;
    private final OrganisationNames organisationNames;
    private final OrganisationScope scope;
    private final Clock clock;

    PromiseLedger(PromiseRepository promises, PromiseChangeRepository changes, TeamDirectory team,
            OrganisationNames organisationNames, OrganisationScope scope, Clock clock) {
        this.organisationNames = organisationNames;
        this.promises = promises;
        this.changes = changes;
        this.team = team;
        this.scope = scope;
        this.clock = clock;
    }

    /** A page of an organisation's promise ledger, newest first. */
    @AnyoneSignedIn
    public Slice<PromiseEntry> ledger(long organisationId, Pageable pageable) {
        return entries(promises.findLedger(scope.require(organisationId, "roadmap.ledger"), pageable));
    }

    /** A page of every organisation's promises, newest first: the team's ledger before it picks one. */
    @TeamOnly
    public Slice<PromiseEntry> wholeLedger(Pageable pageable) {
        return entries(promises.findWholeLedger(pageable));
    }

    private Slice<PromiseEntry> entries(Slice<Promise> found) {
        Map<Long, List<PromiseChangeEntry>> changesByPromise = found.isEmpty() ? Map.of()
                : changesOf(found.map(Promise::getId).toList());
        Map<Long, String> told = found.isEmpty() ? Map.of()
                : organisationNames.names(found.map(Promise::getOrganisationId).toSet());
        LocalDate today = RoadmapCalendar.today(clock);
        return found.map(p -> new PromiseEntry(p.getMilestone().getId(),
                told.getOrDefault(p.getOrganisationId(), ""),
                p.getMilestone().getInitiative().getTitle(), p.getMilestone().getTitle(), p.getFirstPromisedOn(),
                p.getPromisedOn(), p.getMadeAt(), p.getDeliveredOn(), p.facts().state(today),
                p.facts().daysLate(today), changesByPromise.getOrDefault(p.getId(), List.of()), p.getWithdrawnOn(),
                p.getWithdrawReason()));
    }

    /** How an organisation's promises turned out. */
    @AnyoneSignedIn
    public PromiseSummary promiseSummary(long organisationId) {
        return PromiseSummary.of(promises.findFacts(scope.require(organisationId, "roadmap.promise-summary")),
                RoadmapCalendar.today(clock));
    }

    /** How every organisation's promises turned out: the team's summary before it picks one. */
    @TeamOnly
    public PromiseSummary wholeSummary() {
        return PromiseSummary.of(promises.findAllFacts(), RoadmapCalendar.today(clock));
    }

    /** The team's delivery record by month of delivery, oldest first: on-time rate and average slip. */
    @TeamOnly
    public List<DeliveryRecord> deliveryRecord() {
        return DeliveryRecord.of(promises.countDelivered(null));
    }

    /**
     * The same record for the last {@code months} months, the running one included (months are the roadmap's
     * calendar months, counted in UTC like its days); months without a delivery are left out, as on the promises
     * page.
     */
    @TeamOnly
    public List<DeliveryRecord> recentDeliveryRecord(int months) {
        YearMonth first = YearMonth.from(RoadmapCalendar.today(clock)).minusMonths(Math.max(1, months) - 1L);
        return DeliveryRecord.of(promises.countDelivered(first.atDay(1)));
    }

    /** The changes of these promises, oldest first, with the names of the team members who made them. */
    private Map<Long, List<PromiseChangeEntry>> changesOf(List<Long> promiseIds) {
        List<PromiseChange> found = changes.findForPromises(promiseIds);
        Map<Long, String> names = team.names(found.stream().map(PromiseChange::changedById)
                .collect(Collectors.toSet()));
        return found.stream().collect(Collectors.groupingBy(PromiseChange::promiseId,
                Collectors.mapping(change -> change.toEntry(names), Collectors.toList())));
    }
}
