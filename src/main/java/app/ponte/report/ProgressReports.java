package app.ponte.report;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.AnyMember;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports as people read and send them. Departments and clients read their active organisation's reports,
 * the team every organisation's; a report is read back from its snapshot, never recomputed. The team previews a
 * period that has ended without storing anything, and sends one early with a note; a period is never stored (nor
 * sent) twice.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReports {

    static final int NOTE_MAX = 2000;
    static final String PERIOD = "period";

    private final ProgressReportRepository reports;
    private final ReportStore store;
    private final ReportFacts facts;
    private final ReportDocuments documents;
    private final Contacts contacts;
    private final OrganisationNames names;
    private final OrganisationScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressReports(ProgressReportRepository reports, ReportStore store, ReportFacts facts, ReportDocuments documents,
            Contacts contacts, OrganisationNames names, OrganisationScope scope, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.store = store;
        this.facts = facts;
        this.documents = documents;
        this.contacts = contacts;
        this.names = names;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The reports the caller reads, newest period first; {@code organisationId} narrows the team's list to one
     * organisation (for anybody else only their own may be named, or null).
     */
    @AnyMember
    public Slice<ReportSummary> list(@Nullable Long organisationId, Pageable pageable) {
        if (organisationId != null) {
            scope.require(organisationId, "report.list");
        }
        Slice<ReportRow> rows = reports.findNewestFirst(scope.restriction(), organisationId, pageable);
        Set<Long> organisations = new HashSet<>();
        Set<Long> people = new HashSet<>();
        rows.forEach(row -> {
            organisations.add(row.organisationId());
            if (row.generatedBy() != null) {
                people.add(row.generatedBy());
            }
        });
        Map<Long, String> organisationNames = names.names(organisations);
        Map<Long, PersonOption> personNames = people.isEmpty() ? Map.of() : names.people(people);
        return rows.map(row -> new ReportSummary(row.id(), row.organisationId(),
                organisationNames.getOrDefault(row.organisationId(), ""), row.period(), row.generatedAt(),
                row.sentAt(), row.generatedBy() == null ? null
                        : personNames.containsKey(row.generatedBy())
                                ? personNames.get(row.generatedBy()).displayName() : ""));
    }

    /** One report as it was generated; another organisation's id is "not found", like a missing one. */
    @AnyMember
    public StoredReport report(long id) {
        ProgressReport report = inScope(id, "report.read");
        ReportContent content = ReportSnapshots.read(report.getContent());
        return new StoredReport(report.getId(), organisationName(report, content), content, report.getGeneratedAt(),
                report.getSentAt(), report.getNote());
    }

    /** The report's PDF in the reader's language (the page's locale), from the snapshot. */
    @AnyMember
    public ReportPdfFile pdf(long id, Locale locale) {
        ProgressReport report = inScope(id, "report.pdf");
        ReportContent content = ReportSnapshots.read(report.getContent());
        return new ReportPdfFile(ReportMailer.fileName(organisationName(report, content), content.period()),
                documents.pdf(content, locale, report.getNote()));
    }

    /** The most periods a preview offers to choose from (three years of weeks). */
    static final int ENDED_PERIODS_MAX = 156;

    /**
     * The last {@code count} (at most {@link #ENDED_PERIODS_MAX}) periods of this kind that have ended in the
     * organisation's zone, newest first.
     */
    @TeamOnly
    public List<ReportPeriod> endedPeriods(long organisationId, ReportPeriodKind kind, int count) {
        ServedOrganisation organisation = served(organisationId, "report.periods");
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod period = ReportPeriod.containing(kind, today(organisation)).previous();
        for (int i = 0; i < Math.min(count, ENDED_PERIODS_MAX); i++) {
            periods.add(period);
            period = period.previous();
        }
        return periods;
    }

    /** What the report of a period that has ended would say, computed now and stored nowhere. */
    @TeamOnly
    public ReportContent preview(long organisationId, ReportPeriod period) {
        ServedOrganisation organisation = served(organisationId, "report.preview");
        requireEnded(organisation, period);
        return facts.collect(organisation.id(), period);
    }

    /**
     * Stores the period's report with the team's note and queues its e-mails now, ahead of the schedule; refused
     * when the period has not ended or its report exists already (the list shows it). Returns the report's id.
     */
    @TeamOnly
    @Transactional
    public long sendNow(long organisationId, ReportPeriod period, @Nullable String note) {
        ServedOrganisation organisation = served(organisationId, "report.send");
        requireEnded(organisation, period);
        String checkedNote = TextRules.optionalOrNull("note", note, NOTE_MAX);
        long by = currentUser.require().accountId();
        try {
            return store.storeAndMail(organisation.id(), period, checkedNote, by > 0 ? by : null)
                    .orElseThrow(ProgressReports::alreadyStored);
        } catch (DataIntegrityViolationException raced) {
            throw alreadyStored();
        }
    }

    private static RejectedInputException alreadyStored() {
        return new RejectedInputException(PERIOD, "report.error.already-stored");
    }

    private String organisationName(ProgressReport report, ReportContent content) {
        return content.organisationName().isBlank()
                ? names.names(List.of(report.getOrganisationId())).getOrDefault(report.getOrganisationId(), "")
                : content.organisationName();
    }

    private ProgressReport inScope(long id, String action) {
        return reports.findInScope(id, scope.restriction())
                .orElseThrow(() -> scope.notFound(action, "ProgressReport", id));
    }

    /** A department or client the team serves; anything else (the team itself, no such id) is not found. */
    private ServedOrganisation served(long organisationId, String action) {
        scope.require(organisationId, action);
        return contacts.organisation(organisationId).filter(o -> o.kind() != OrganisationKind.TEAM)
                .orElseThrow(() -> scope.notFound(action, "Organisation", organisationId));
    }

    /** Only a whole period that has ended in the organisation's zone, and a real one (from its first to last day). */
    private void requireEnded(ServedOrganisation organisation, ReportPeriod period) {
        if (!ReportPeriod.containing(period.kind(), period.from()).equals(period)) {
            throw new RejectedInputException(PERIOD, "report.error.period-invalid");
        }
        if (!period.hasEndedBy(today(organisation))) {
            throw new RejectedInputException(PERIOD, "report.error.period-not-ended");
        }
    }

    private LocalDate today(ServedOrganisation organisation) {
        return LocalDate.now(clock.withZone(organisation.timeZone()));
    }
}
