package app.ponte.report;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.ConcurrentEditException;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.AdminOnly;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often each department and client receives its progress report: monthly by default, weekly or quarterly as an
 * administrator sets it, or off. The team reads the schedules; the nightly run ({@link ReportRun}) sends by them.
 */
@Service
@Transactional(readOnly = true)
public class ReportSchedules {

    private final ReportScheduleRepository schedules;
    private final ReportRun run;
    private final Contacts contacts;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportSchedules(ReportScheduleRepository schedules, ReportRun run, Contacts contacts, OrganisationScope scope,
            ApplicationEventPublisher events, Clock clock) {
        this.schedules = schedules;
        this.run = run;
        this.contacts = contacts;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Every active department and client with its schedule (the default where none was saved yet). */
    @TeamOnly
    public List<ReportScheduleRow> schedules() {
        Map<Long, ReportSchedule> saved = schedules.findAll().stream()
                .collect(Collectors.toMap(ReportSchedule::getOrganisationId, Function.identity()));
        return contacts.served().stream().map(o -> row(o, saved.get(o.id()))).toList();
    }

    /** One organisation's schedule; empty for the team's own organisation, which receives no report. */
    @TeamOnly
    public Optional<ReportScheduleRow> schedule(long organisationId) {
        scope.require(organisationId, "report-schedule.read");
        return contacts.organisation(organisationId).filter(o -> o.kind() != OrganisationKind.TEAM)
                .map(o -> row(o, schedules.findByOrganisationId(o.id()).orElse(null)));
    }

    /**
     * Sets how often the organisation receives its report and whether it receives one; {@code expectedVersion} -1
     * for a schedule not saved yet. Audited.
     */
    @AdminOnly
    @Transactional
    public ReportScheduleRow set(long organisationId, ReportPeriodKind kind, boolean active, long expectedVersion) {
        ServedOrganisation organisation = contacts.organisation(organisationId)
                .filter(o -> o.kind() != OrganisationKind.TEAM)
                .orElseThrow(() -> scope.notFound("report-schedule.set", "Organisation", organisationId));
        ReportSchedule schedule = schedules.findByOrganisationId(organisationId).orElse(null);
        String before;
        if (schedule == null) {
            if (expectedVersion != -1) {
                throw new ConcurrentEditException();
            }
            schedule = new ReportSchedule(organisationId, clock.instant());
        } else {
            schedule.requireVersion(expectedVersion);
        }
        before = schedule.getId() == null ? null : schedule.describe();
        schedule.set(kind, active, clock.instant());
        schedule = schedules.saveAndFlush(schedule);
        events.publishEvent(new AdministrativeChange("report-schedule.set", "Organisation", organisationId,
                organisationId, before, schedule.describe()));
        return row(organisation, schedule);
    }

    /** Stores and sends every report due (the nightly job calls this); see {@link ReportRun}. */
    @AdminOnly
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReportRunCounts runDue() {
        return run.run(Integer.MAX_VALUE);
    }

    private static ReportScheduleRow row(ServedOrganisation organisation, ReportSchedule schedule) {
        return schedule == null
                ? new ReportScheduleRow(organisation.id(), organisation.name(), organisation.kind(),
                        ReportSchedule.DEFAULT_KIND, true, -1)
                : new ReportScheduleRow(organisation.id(), organisation.name(), organisation.kind(),
                        schedule.getPeriodKind(), schedule.isActive(), schedule.getVersion());
    }
}
