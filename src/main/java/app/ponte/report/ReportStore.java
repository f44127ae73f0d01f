package app.ponte.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way a report comes to exist, for the nightly run, the team's "send now" and the demo alike: collect the
 * facts, store the snapshot, queue its e-mails, all in the caller's transaction (so a report is stored exactly when
 * its e-mails are queued). A period already stored is left alone; when two callers race past that check, the unique
 * key (organisation, period kind, first day) refuses the second at the flush, before any of its e-mails is queued.
 */
@Component
class ReportStore {

    private final ProgressReportRepository reports;
    private final ReportFacts facts;
    private final ReportMailer mailer;
    private final Clock clock;

    ReportStore(ProgressReportRepository reports, ReportFacts facts, ReportMailer mailer, Clock clock) {
        this.reports = reports;
        this.facts = facts;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The stored report's id, or empty when this period's report exists already. */
    Optional<Long> storeAndMail(long organisationId, ReportPeriod period, @Nullable String note,
            @Nullable Long generatedBy) {
        if (exists(organisationId, period)) {
            return Optional.empty();
        }
        ReportContent content = facts.collect(organisationId, period);
        Instant now = clock.instant();
        ProgressReport report = reports.saveAndFlush(new ProgressReport(organisationId, period,
                ReportSnapshots.write(content), now, note, generatedBy));
        long id = report.getId();
        mailer.send(id, content, note);
        report.sent(now);
        reports.saveAndFlush(report);
        return Optional.of(id);
    }

    boolean exists(long organisationId, ReportPeriod period) {
        return reports.existsByOrganisationIdAndPeriodKindAndPeriodFrom(organisationId, period.kind(), period.from());
    }
}
