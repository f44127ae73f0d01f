package app.ponte.feedback;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.AdminOnly;
import app.ponte.security.OrganisationScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relationship survey's schedule per department and client: quarterly by default (from the start of the next
 * calendar quarter), an administrator may set the next day or turn it off. {@link #sendDue} sends each due round
 * exactly once: one transaction per organisation writes its forms, their e-mails and the next date together, the
 * schedule's version refuses a second node that raced it, and a round never reaches the same person twice
 * (unique per organisation, person and round). Days are UTC days.
 */
@Service
@Transactional(readOnly = true)
public class SurveySchedules {

    private final SurveyScheduleRepository schedules;
    private final FormSender sender;
    private final Contacts contacts;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SurveySchedules(SurveyScheduleRepository schedules, FormSender sender, Contacts contacts, OrganisationScope scope,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.schedules = schedules;
        this.sender = sender;
        this.contacts = contacts;
        this.scope = scope;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Every department and client with its schedule (the default one where none was saved yet). */
    @AdminOnly
    public List<ScheduleRow> schedules() {
        Map<Long, SurveySchedule> saved = schedules.findAll().stream()
                .collect(Collectors.toMap(SurveySchedule::getOrganisationId, Function.identity()));
        LocalDate defaultNext = SurveySchedule.nextQuarterAfter(today());
        return contacts.served().stream().map(organisation -> {
            SurveySchedule schedule = saved.get(organisation.id());
            return schedule == null
                    ? new ScheduleRow(organisation.id(), organisation.name(), organisation.kind(), defaultNext, null, -1)
                    : new ScheduleRow(organisation.id(), organisation.name(), organisation.kind(),
                            schedule.getNextOn(), schedule.getLastSentOn(), schedule.getVersion());
        }).toList();
    }

    /**
     * Sets the day of the organisation's next survey (today or later), or turns its survey off ({@code next}
     * null). {@code expectedVersion} -1 for a schedule not saved yet.
     */
    @AdminOnly
    @Transactional
    public void plan(long organisationId, @Nullable LocalDate next, long expectedVersion) {
        ServedOrganisation organisation = contacts.served().stream().filter(o -> o.id() == organisationId)
                .findFirst().orElseThrow(() -> scope.notFound("survey.plan", "Organisation", organisationId));
        if (next != null && next.isBefore(today())) {
            throw new RejectedInputException("next", "feedback.error.next-in-past");
        }
        Instant now = clock.instant();
        SurveySchedule schedule = schedules.findByOrganisationId(organisation.id()).orElse(null);
        String before;
        if (schedule == null) {
            if (expectedVersion != -1) {
                throw new ConcurrentEditException();
            }
            schedule = new SurveySchedule(organisation.id(), today(), now);
            before = String.valueOf(schedule.getNextOn());
        } else {
            schedule.requireVersion(expectedVersion);
            before = String.valueOf(schedule.getNextOn());
        }
        schedule.plan(next, now);
        schedules.saveAndFlush(schedule);
        events.publishEvent(new AdministrativeChange("survey.plan", "Organisation", organisation.id(),
                organisation.id(), before, String.valueOf(next)));
    }

    /**
     * Sends every round due today (the daily job calls this), creating the default schedule of organisations that
     * have none. Returns how many forms went out.
     */
    @AdminOnly
    public int sendDue() {
        LocalDate today = today();
        ownTransaction.executeWithoutResult(tx -> {
            Set<Long> known = Set.copyOf(schedules.findOrganisationIds());
            contacts.served().stream().filter(o -> !known.contains(o.id()))
                    .forEach(o -> schedules.save(new SurveySchedule(o.id(), today, clock.instant())));
        });
        int sent = 0;
        for (long scheduleId : schedules.findDueIds(today)) {
            Integer forms = ownTransaction.execute(tx -> sendRound(scheduleId, today));
            sent += forms == null ? 0 : forms;
        }
        return sent;
    }

    private int sendRound(long scheduleId, LocalDate today) {
        SurveySchedule schedule = schedules.findById(scheduleId).orElse(null);
        if (schedule == null || !schedule.isDueOn(today)) {
            return 0; // another node sent it meanwhile
        }
        LocalDate round = schedule.getNextOn();
        Instant now = clock.instant();
        int sent = 0;
        var organisation = contacts.organisation(schedule.getOrganisationId());
        if (organisation.isPresent()) {
            for (var person : contacts.spokespeople(schedule.getOrganisationId())) {
                sent += sender.survey(person, organisation.get(), round, now) ? 1 : 0;
            }
        }
        schedule.sent(today, now);
        schedules.saveAndFlush(schedule);
        return sent;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
