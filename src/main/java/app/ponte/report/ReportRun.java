package app.ponte.report;

import app.ponte.organisation.Contacts;
import app.ponte.organisation.ServedOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly run: for every active schedule of an active department or client, the last period that has ended in
 * the organisation's zone gets its report, if it has none yet. One organisation per transaction of its own, which
 * stores the snapshot and queues its e-mails together: a run killed half-way leaves whole reports behind, and the
 * next run picks up the organisations still without one. Two nodes racing are kept apart by ShedLock first, and by
 * the re-check and the unique key in {@link ReportStore} should a lock ever expire mid-run.
 */
@Component
class ReportRun {

    private static final Logger log = LoggerFactory.getLogger(ReportRun.class);

    private final ReportScheduleRepository schedules;
    private final ReportStore store;
    private final Contacts contacts;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ReportRun(ReportScheduleRepository schedules, ReportStore store, Contacts contacts,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.schedules = schedules;
        this.store = store;
        this.contacts = contacts;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Makes the default schedule of every served organisation that has none yet. */
    void scheduleNewcomers() {
        ownTransaction.executeWithoutResult(tx -> {
            Set<Long> known = Set.copyOf(schedules.findOrganisationIds());
            contacts.served().stream().filter(o -> !known.contains(o.id()))
                    .forEach(o -> schedules.save(new ReportSchedule(o.id(), clock.instant())));
        });
    }

    /** Stores at most {@code limit} reports (the rest wait for the next run, as after a kill). */
    ReportRunCounts run(int limit) {
        scheduleNewcomers();
        Map<Long, ServedOrganisation> served = contacts.served().stream()
                .collect(Collectors.toMap(ServedOrganisation::id, Function.identity()));
        List<ReportSchedule> active = Optional.ofNullable(ownTransaction.execute(tx -> schedules.findActive()))
                .orElse(List.of());
        int stored = 0;
        int done = 0;
        int failed = 0;
        for (ReportSchedule schedule : active) {
            ServedOrganisation organisation = served.get(schedule.getOrganisationId());
            if (organisation == null) {
                continue; // deactivated meanwhile
            }
            if (stored >= limit) {
                break;
            }
            LocalDate today = LocalDate.now(clock.withZone(organisation.timeZone()));
            ReportPeriod period = ReportPeriod.containing(schedule.getPeriodKind(), today).previous();
            try {
                Optional<Long> id = ownTransaction.execute(tx ->
                        store.storeAndMail(organisation.id(), period, null, null));
                if (id != null && id.isPresent()) {
                    stored++;
                } else {
                    done++;
                }
            } catch (DataIntegrityViolationException raced) {
                done++; // stored by another node between our check and our insert
            } catch (RuntimeException e) {
                failed++;
                log.error("Progress report of organisation {} for {} failed; the next run tries again",
                        organisation.id(), period, e);
            }
        }
        return new ReportRunCounts(stored, done, failed);
    }
}
