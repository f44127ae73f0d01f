package app.ponte.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.request.Priority;
import app.ponte.security.NotFoundInScopeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** SLA plans: what an admin may save, who is on which plan, who is told, and what each organisation reads. */
@H2Test
@RecordApplicationEvents
class SlaPlansTest extends SignedInServiceTest {

    static final String ADMIN = "admin@ponte.test";

    @Autowired
    SlaPlans plans;
    @Autowired
    BusinessCalendarRepository calendars;
    @Autowired
    Organisations organisations;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    @Test
    void the_demo_plans_hold_their_targets_on_their_calendars_and_their_organisations() {
        List<PlanSummary> all = as("lead@ponte.test", () -> plans.list());
        PlanSummary premium = plan(all, "Premium 24/7");
        assertThat(premium.onCallCover()).isTrue();
        assertThat(premium.targets()).extracting(PlanTarget::priority).containsExactly(Priority.values());
        PlanTarget p1 = premium.targets().getFirst();
        assertThat(p1.firstResponseMinutes()).isEqualTo(30);
        assertThat(p1.firstResponseCalendar()).isEqualTo("Around the clock");
        assertThat(p1.resolutionMinutes()).isEqualTo(240);
        assertThat(premium.targets().get(2).firstResponseCalendar()).isEqualTo("New York business hours");
        assertThat(premium.organisations()).extracting(OrganisationSummary::name).containsExactly("Aurora Commerce");

        PlanSummary business = plan(all, "Business hours");
        assertThat(business.onCallCover()).isFalse();
        assertThat(business.targets().get(2).firstResponseMinutes()).isEqualTo(240);
        assertThat(business.targets()).allSatisfy(t -> assertThat(t.resolutionCalendar()).isEqualTo(
                "Lisbon business hours"));
        assertThat(business.organisations()).extracting(OrganisationSummary::name).containsExactly("Meridian Bank");
        assertThat(plan(all, "Internal").organisations()).extracting(OrganisationSummary::name)
                .contains("Finance", "Human Resources", "Marketing", "Operations", "Sales");
    }

    @Test
    void each_member_reads_only_the_plan_of_the_organisation_it_works_in() {
        MyPlan aurora = as("leo@aurora.test", () -> plans.myPlan()).orElseThrow();
        assertThat(aurora.name()).isEqualTo("Premium 24/7");
        assertThat(aurora.onCallCover()).isTrue();
        assertThat(aurora.targets().getFirst().firstResponseMinutes()).isEqualTo(30);
        assertThat(as("rita@meridian.test", () -> plans.myPlan())).map(MyPlan::name).contains("Business hours");
        assertThat(as("marketing@ponte.test", () -> plans.myPlan())).map(MyPlan::name).contains("Internal");
        assertThat(as("lead@ponte.test", () -> plans.myPlan())).isEmpty();
    }

    @Test
    void an_admin_creates_and_changes_a_plan_and_the_organisations_on_it_are_told_and_it_is_audited() {
        Instant since = clock.instant();
        long organisation = newDepartment();
        PlanSummary created = as(ADMIN, () -> plans.create(draft(uniqueName(), t -> t)));
        as(ADMIN, () -> run(() -> plans.assign(organisation, created.id())));
        assertThat(told(organisation)).isEqualTo(1);

        PlanSummary changed = as(ADMIN, () -> plans.change(created.id(), draft(created.name(),
                t -> t.priority() == Priority.URGENT ? withMinutes(t, 15, 120) : t), created.version()));

        assertThat(changed.targets().getFirst().firstResponseMinutes()).isEqualTo(15);
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThat(told(organisation)).isEqualTo(2);
        AuditRecord update = trail.newest(since, ADMIN, "sla-plan.update", created.id());
        assertThat(update.before()).contains("P1 60min@Around the clock");
        assertThat(update.after()).contains("P1 15min@Around the clock");
        assertThat(trail.newest(since, ADMIN, "sla-plan.create", created.id()).after()).contains(created.name());

        as(ADMIN, () -> plans.change(created.id(), draft(created.name() + " renamed",
                t -> t.priority() == Priority.URGENT ? withMinutes(t, 15, 120) : t), changed.version()));
        assertThat(told(organisation)).as("a rename with the same targets moves no clock").isEqualTo(2);
    }

    @Test
    void moving_an_organisation_to_another_plan_or_off_every_plan_is_audited_and_told_once_each() {
        Instant since = clock.instant();
        long organisation = newDepartment();
        PlanSummary first = as(ADMIN, () -> plans.create(draft(uniqueName(), t -> t)));
        PlanSummary second = as(ADMIN, () -> plans.create(draft(uniqueName(), t -> t)));

        as(ADMIN, () -> run(() -> plans.assign(organisation, first.id())));
        as(ADMIN, () -> run(() -> plans.assign(organisation, first.id()))); // already there: nothing happens
        as(ADMIN, () -> run(() -> plans.assign(organisation, second.id())));
        assertThat(as(ADMIN, () -> plans.get(second.id())).organisations()).extracting(OrganisationSummary::id)
                .containsExactly(organisation);
        as(ADMIN, () -> run(() -> plans.assign(organisation, null)));

        assertThat(told(organisation)).isEqualTo(3);
        assertThat(as(ADMIN, () -> plans.get(second.id())).organisations()).isEmpty();
        List<AuditRecord> moves = trail.all(since, ADMIN, "sla-plan.assign").stream()
                .filter(r -> r.targetId() == organisation).toList();
        assertThat(moves).extracting(AuditRecord::after).containsExactly(null, second.name(), first.name());
        assertThat(moves.getFirst().before()).isEqualTo(second.name());
    }

    @Test
    void the_team_and_an_organisation_that_is_no_client_or_department_cannot_be_put_on_a_plan() {
        PlanSummary plan = as(ADMIN, () -> plans.create(draft(uniqueName(), t -> t)));
        long team = fixtures.organisationId("Backend Team");
        assertThat(catchThrowable(() -> as(ADMIN, () -> run(() -> plans.assign(team, plan.id())))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as(ADMIN, () -> run(() -> plans.assign(
                fixtures.organisationId("Sales"), Long.MAX_VALUE))))).isInstanceOf(NotFoundInScopeException.class);
        assertThat(as("marketing@ponte.test", () -> plans.myPlan())).map(MyPlan::name).contains("Internal");
    }

    @Test
    void a_stale_edit_is_refused_and_leaves_the_plan_as_the_other_admin_saved_it() {
        PlanSummary created = as(ADMIN, () -> plans.create(draft(uniqueName(), t -> t)));
        PlanSummary first = as(ADMIN, () -> plans.change(created.id(), draft(created.name(),
                t -> withMinutes(t, t.firstResponseMinutes() * 2, t.resolutionMinutes() * 2)), created.version()));

        assertThat(catchThrowable(() -> as(ADMIN, () -> plans.change(created.id(), draft(created.name(), t -> t),
                created.version())))).isInstanceOf(ConcurrentEditException.class);
        assertThat(as(ADMIN, () -> plans.get(created.id())).targets()).isEqualTo(first.targets());
    }

    @Test
    void each_bad_target_is_refused_on_its_field_with_its_own_message() {
        // The calendars' own service refuses a calendar without working time; one from before that rule may exist.
        long closed = calendars.saveAndFlush(new BusinessCalendar("Closed " + UUID.randomUUID(),
                ZoneId.of("Europe/Lisbon"), List.of(), List.of(), Instant.now())).getId();
        assertRefused(draft(uniqueName(), t -> t.priority() == Priority.HIGH ? withMinutes(t, 120, 60) : t),
                "HIGH.resolution", "sla.plan.error.resolution-before-response");
        assertRefused(draft(uniqueName(), t -> t.priority() == Priority.LOW ? withMinutes(t, 0, 60) : t),
                "LOW.firstResponse", "sla.plan.error.target-positive");
        assertRefused(draft(uniqueName(), t -> t.priority() == Priority.LOW ? withMinutes(t, 60, -5) : t),
                "LOW.resolution", "sla.plan.error.target-positive");
        assertRefused(draft(uniqueName(), t -> t.priority() == Priority.URGENT ? new PlanDraft.Target(t.priority(),
                null, t.firstResponseCalendarId(), 60, t.resolutionCalendarId()) : t),
                "URGENT.firstResponse", "sla.plan.error.target-positive");
        assertRefused(draft(uniqueName(), t -> t.priority() == Priority.NORMAL ? new PlanDraft.Target(t.priority(),
                60, closed, 120, t.resolutionCalendarId()) : t),
                "NORMAL.firstResponseCalendar", "sla.plan.error.calendar-no-working-time");
        assertRefused(draft(uniqueName(), t -> t.priority() == Priority.NORMAL ? new PlanDraft.Target(t.priority(),
                60, t.firstResponseCalendarId(), 120, null) : t),
                "NORMAL.resolutionCalendar", "sla.plan.error.calendar-missing");
        List<PlanDraft.Target> three = new ArrayList<>(draft("x", t -> t).targets());
        three.removeIf(t -> t.priority() == Priority.LOW);
        assertRefused(new PlanDraft(uniqueName(), false, three), "targets", "sla.plan.error.priority-missing");
        assertRefused(draft("Premium 24/7", t -> t), "name", "sla.plan.error.name-taken");
        assertRefused(draft("  ", t -> t), "name", "input.required");
    }

    private void assertRefused(PlanDraft draft, String field, String key) {
        Throwable refusal = catchThrowable(() -> as(ADMIN, () -> plans.create(draft)));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        assertThat(((RejectedInputException) refusal).field()).isEqualTo(field);
        assertThat(((RejectedInputException) refusal).messageKey()).isEqualTo(key);
    }

    /** A plan with P1 1 h / 8 h ... P4 8 h / 80 h around the clock, each target passed through {@code change}. */
    private PlanDraft draft(String name, UnaryOperator<PlanDraft.Target> change) {
        long always = calendars.findByName("Around the clock").orElseThrow().getId();
        List<PlanDraft.Target> targets = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            int hours = 1 << priority.ordinal();
            targets.add(change.apply(new PlanDraft.Target(priority, hours * 60, always, hours * 8 * 60, always)));
        }
        return new PlanDraft(name, false, targets);
    }

    private static PlanDraft.Target withMinutes(PlanDraft.Target target, int firstResponse, int resolution) {
        return new PlanDraft.Target(target.priority(), firstResponse, target.firstResponseCalendarId(), resolution,
                target.resolutionCalendarId());
    }

    private long told(long organisationId) {
        return events.stream(PlanChanged.class).filter(e -> e.organisationId() == organisationId)
                .filter(e -> e.actorId() == fixtures.accountId(ADMIN)).count();
    }

    private long newDepartment() {
        return as(ADMIN, () -> organisations.create(OrganisationKind.DEPARTMENT, "Dept " + UUID.randomUUID()
                .toString().substring(0, 8), ZoneId.of("America/Sao_Paulo"), "pt-BR")).id();
    }

    private static PlanSummary plan(List<PlanSummary> all, String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static String uniqueName() {
        return "Plan " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Void run(Runnable work) {
        work.run();
        return null;
    }
}
