package app.ponte.sla;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.ServedOrganisations;
import app.ponte.request.Priority;
import app.ponte.security.AdminOnly;
import app.ponte.security.AnyMember;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA plans and which organisation is on which: admins keep them, the team reads them, and a client or
 * department reads its own plan. Every change is audited and tells the clocks of each organisation concerned
 * ({@link PlanChanged}), inside the change's transaction.
 */
@Service
@Transactional(readOnly = true)
public class SlaPlans {

    static final int NAME_MAX = 120;
    /** A year of minutes: longer targets are typing mistakes, and the sums stay far from overflowing. */
    static final int LONGEST_TARGET_MINUTES = 365 * 24 * 60;

    private final SlaPlanRepository plans;
    private final PlanAssignmentRepository assignments;
    private final CalendarChoices calendars;
    private final Organisations organisations;
    private final ServedOrganisations served;
    private final OrganisationNames names;
    private final OrganisationScope scope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaPlans(SlaPlanRepository plans, PlanAssignmentRepository assignments, CalendarChoices calendars,
            Organisations organisations, ServedOrganisations served, OrganisationNames names,
            OrganisationScope scope, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.assignments = assignments;
        this.calendars = calendars;
        this.organisations = organisations;
        this.served = served;
        this.names = names;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every plan by name, with its targets and the organisations on it. */
    @TeamOnly
    public List<PlanSummary> list() {
        Map<Long, String> calendarNames = calendars.names();
        Map<Long, List<Long>> onPlan = assignments.findAll().stream().collect(Collectors.groupingBy(
                PlanAssignment::getPlanId, Collectors.mapping(PlanAssignment::getOrganisationId, Collectors.toList())));
        Map<Long, OrganisationSummary> named = names.summaries(onPlan.values().stream().flatMap(List::stream).toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, o -> o));
        return plans.findAllByOrderByNameAsc().stream().map(plan -> summary(plan, calendarNames,
                onPlan.getOrDefault(plan.getId(), List.of()).stream().map(named::get).filter(Objects::nonNull)
                        .toList())).toList();
    }

    @TeamOnly
    public PlanSummary get(long id) {
        return summary(find("sla-plan.read", id));
    }

    /** The calendars a target may be counted on, by name. */
    @TeamOnly
    public List<CalendarChoice> calendars() {
        return calendars.all();
    }

    /** The active departments and clients whose name starts so, a page by name, each with its plan. */
    @TeamOnly
    public Slice<OrganisationPlan> organisations(String nameStart, Pageable pageable) {
        Slice<OrganisationSummary> page = organisations.activeDepartmentsAndClients(nameStart, pageable);
        Map<Long, Long> planOf = assignments.findByOrganisationIdIn(page.map(OrganisationSummary::id).toList())
                .stream().collect(Collectors.toMap(PlanAssignment::getOrganisationId, PlanAssignment::getPlanId));
        Map<Long, String> planNames = plans.findAllById(planOf.values()).stream()
                .collect(Collectors.toMap(SlaPlan::getId, SlaPlan::getName));
        return page.map(o -> new OrganisationPlan(o.id(), o.name(), o.kind(), planOf.get(o.id()),
                planOf.containsKey(o.id()) ? planNames.get(planOf.get(o.id())) : null));
    }

    @AdminOnly
    @Transactional
    public PlanSummary create(PlanDraft draft) {
        String name = validName(draft, null);
        SlaPlan plan = plans.saveAndFlush(new SlaPlan(name, draft.onCallCover(), validTargets(draft), clock.instant()));
        events.publishEvent(new AdministrativeChange("sla-plan.create", "SlaPlan", plan.getId(), null, null,
                describe(plan)));
        return summary(plan);
    }

    /**
     * Saves an edit if nobody saved the plan since {@code expectedVersion}; every organisation on the plan is
     * told, so that the clocks of its open requests re-compute their targets.
     */
    @AdminOnly
    @Transactional
    public PlanSummary change(long id, PlanDraft draft, long expectedVersion) {
        SlaPlan plan = find("sla-plan.update", id);
        plan.requireVersion(expectedVersion);
        String before = describe(plan);
        var targetsBefore = java.util.Set.copyOf(plan.getTargets());
        String name = validName(draft, id);
        plan.change(name, draft.onCallCover(), validTargets(draft), clock.instant());
        plans.saveAndFlush(plan);
        events.publishEvent(new AdministrativeChange("sla-plan.update", "SlaPlan", id, null, before, describe(plan)));
        // Only new targets move clocks: a rename or a save without changes leaves every request's history alone.
        if (!targetsBefore.equals(java.util.Set.copyOf(plan.getTargets()))) {
            long actor = actor();
            assignments.findByPlanId(id).forEach(a -> events.publishEvent(new PlanChanged(a.getOrganisationId(),
                    actor)));
        }
        return summary(plan);
    }

    /**
     * Puts a department or client on a plan, or takes it off every plan ({@code planId} null); nothing happens
     * when it is on that plan already. Departments may share one plan.
     */
    @AdminOnly
    @Transactional
    public void assign(long organisationId, @Nullable Long planId) {
        if (!served.includes(organisationId)) {
            throw scope.notFound("sla-plan.assign", "Organisation", organisationId);
        }
        @Nullable SlaPlan plan = planId == null ? null : find("sla-plan.assign", planId);
        Optional<PlanAssignment> current = assignments.findByOrganisationId(organisationId);
        @Nullable Long before = current.map(PlanAssignment::getPlanId).orElse(null);
        if (Objects.equals(before, planId)) {
            return;
        }
        if (plan == null) {
            assignments.delete(current.orElseThrow());
        } else if (current.isPresent()) {
            current.get().moveTo(planId, clock.instant());
        } else {
            assignments.save(new PlanAssignment(organisationId, planId, clock.instant()));
        }
        assignments.flush();
        events.publishEvent(new AdministrativeChange("sla-plan.assign", "Organisation", organisationId,
                organisationId, before == null ? null : plans.findById(before).map(SlaPlan::getName).orElse(null),
                plan == null ? null : plan.getName()));
        events.publishEvent(new PlanChanged(organisationId, actor()));
    }

    /** The plan of the organisation the caller works in, if it has one. */
    @AnyMember
    public Optional<MyPlan> myPlan() {
        return assignments.findByOrganisationId(scope.activeOrganisation())
                .flatMap(a -> plans.findById(a.getPlanId()))
                .map(plan -> new MyPlan(plan.getName(), plan.hasOnCallCover(), targets(plan, calendars.names())));
    }

    private SlaPlan find(String action, long id) {
        return plans.findById(id).orElseThrow(() -> scope.notFound(action, "SlaPlan", id));
    }

    private long actor() {
        return currentUser.require().accountId();
    }

    private String validName(PlanDraft draft, @Nullable Long id) {
        String name = TextRules.required("name", draft.name(), NAME_MAX);
        plans.findByName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RejectedInputException("name", "sla.plan.error.name-taken", name);
        });
        return name;
    }

    /** The four priorities' targets, each checked on its own field ("URGENT.resolution", ...). */
    private List<SlaPlan.Target> validTargets(PlanDraft draft) {
        Map<Priority, PlanDraft.Target> byPriority = new EnumMap<>(Priority.class);
        for (PlanDraft.Target target : draft.targets()) {
            if (byPriority.put(target.priority(), target) != null) {
                throw new RejectedInputException("targets", "sla.plan.error.priority-twice", rank(target.priority()));
            }
        }
        List<SlaPlan.Target> valid = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            PlanDraft.Target target = byPriority.get(priority);
            if (target == null) {
                throw new RejectedInputException("targets", "sla.plan.error.priority-missing", rank(priority));
            }
            int firstResponse = minutes(priority + ".firstResponse", target.firstResponseMinutes());
            long firstCalendar = calendar(priority + ".firstResponseCalendar", target.firstResponseCalendarId());
            int resolution = minutes(priority + ".resolution", target.resolutionMinutes());
            long resolutionCalendar = calendar(priority + ".resolutionCalendar", target.resolutionCalendarId());
            if (resolution < firstResponse) {
                throw new RejectedInputException(priority + ".resolution", "sla.plan.error.resolution-before-response");
            }
            valid.add(new SlaPlan.Target(priority, firstResponse, firstCalendar, resolution, resolutionCalendar));
        }
        return valid;
    }

    private static int minutes(String field, @Nullable Integer minutes) {
        if (minutes == null || minutes <= 0) {
            throw new RejectedInputException(field, "sla.plan.error.target-positive");
        }
        if (minutes > LONGEST_TARGET_MINUTES) {
            throw new RejectedInputException(field, "sla.plan.error.target-too-long");
        }
        return minutes;
    }

    private long calendar(String field, @Nullable Long calendarId) {
        CalendarChoice calendar = Optional.ofNullable(calendarId).flatMap(calendars::find)
                .orElseThrow(() -> new RejectedInputException(field, "sla.plan.error.calendar-missing"));
        if (!calendar.hasWorkingTime()) {
            throw new RejectedInputException(field, "sla.plan.error.calendar-no-working-time", calendar.name());
        }
        return calendar.id();
    }

    private static String rank(Priority priority) {
        return "P" + (priority.ordinal() + 1);
    }

    private PlanSummary summary(SlaPlan plan) {
        List<Long> on = assignments.findByPlanId(plan.getId()).stream().map(PlanAssignment::getOrganisationId)
                .toList();
        return summary(plan, calendars.names(), names.summaries(on));
    }

    private static PlanSummary summary(SlaPlan plan, Map<Long, String> calendarNames,
            List<OrganisationSummary> on) {
        return new PlanSummary(plan.getId(), plan.getVersion(), plan.getName(), plan.hasOnCallCover(),
                targets(plan, calendarNames),
                on.stream().sorted(Comparator.comparing(OrganisationSummary::name)).toList());
    }

    private static List<PlanTarget> targets(SlaPlan plan, Map<Long, String> calendarNames) {
        return plan.getTargets().stream().sorted(Comparator.comparing(SlaPlan.Target::priority))
                .map(t -> new PlanTarget(t.priority(), t.firstResponseMinutes(), t.firstResponseCalendarId(),
                        calendarNames.getOrDefault(t.firstResponseCalendarId(), ""), t.resolutionMinutes(),
                        t.resolutionCalendarId(), calendarNames.getOrDefault(t.resolutionCalendarId(), "")))
                .toList();
    }

    /** The plan as the audit trail records it: cover and each priority's targets with their calendars' names. */
    private String describe(SlaPlan plan) {
        Map<Long, String> calendarNames = calendars.names();
        return "name=" + plan.getName() + ", onCallCover=" + plan.hasOnCallCover() + ", targets="
                + targets(plan, calendarNames).stream().map(t -> "P" + t.rank() + " " + t.firstResponseMinutes()
                        + "min@" + t.firstResponseCalendar() + "/" + t.resolutionMinutes() + "min@"
                        + t.resolutionCalendar()).collect(Collectors.joining("|"));
    }
}
