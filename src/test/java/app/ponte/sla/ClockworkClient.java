package app.ponte.sla;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.oncall.EscalationPolicies;
import app.ponte.organisation.Members;
import app.ponte.organisation.OrganisationDraft;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.request.Priority;
import app.ponte.security.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clocks' own little world inside the shared demo data, so that no demo plan is borrowed or changed: a Lisbon
 * bank on a test plan (normal: 4 business hours / 40 on Lisbon hours; urgent: 30 min / 4 h around the clock), with
 * a client of its own and dev@ as account manager, and a second organisation on no plan. Made once per context.
 */
final class ClockworkClient {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final String BANK = "Clockwork Savings Bank";
    static final String NO_PLAN = "Clockless Traders";
    static final String CLIENT = "rui@clockwork.test";
    static final String ADMIN = "admin@ponte.test";
    static final String TEAM = "lead@ponte.test";
    static final String ACCOUNT_MANAGER = "dev@ponte.test";

    private static long bank;
    private static long noPlan;
    private static long planA;
    private static long planB;
    private static long lisbonCalendar;

    private final UserDetailsService users;
    private final Organisations organisations;
    private final Members members;
    private final EscalationPolicies policies;
    private final BusinessCalendarRepository calendars;
    private final SlaPlanRepository plans;
    private final PlanAssignmentRepository assignments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ClockworkClient(UserDetailsService users, Organisations organisations, Members members, EscalationPolicies policies,
            BusinessCalendarRepository calendars, SlaPlanRepository plans, PlanAssignmentRepository assignments,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.users = users;
        this.organisations = organisations;
        this.members = members;
        this.policies = policies;
        this.calendars = calendars;
        this.plans = plans;
        this.assignments = assignments;
        this.events = events;
        this.transactions = transactions;
    }

    synchronized ClockworkClient ready() {
        if (bank != 0) {
            return this;
        }
        SignedIn.run(users, ADMIN, () -> {
            long manager = personId(ACCOUNT_MANAGER);
            bank = organisations.create(OrganisationKind.CLIENT, BANK, LISBON, "en-GB").id();
            var details = organisations.details(bank);
            var draft = details.toDraft();
            organisations.update(bank, new OrganisationDraft(draft.kind(), draft.name(), draft.timeZone(),
                    draft.language(), manager, draft.reviewCadence(), draft.notes()), details.version());
            noPlan = organisations.create(OrganisationKind.CLIENT, NO_PLAN, LISBON, "en-GB").id();
            long client = members.createAccount(CLIENT, "Rui Relógio", "ponte-demo-2026", "en-GB", LISBON);
            members.addMembership(client, bank, Role.CLIENT);
            // The leads the breaches are escalated to: the escalation policy's, kept on the on-call page.
            EscalationPolicies.PolicyView policy = policies.policy();
            policies.save(policy.steps(), Set.of(personId(TEAM)), policy.version());
        });
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now();
            var week = new ArrayList<BusinessCalendar.Hours>();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                week.add(new BusinessCalendar.Hours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
            }
            lisbonCalendar = calendars.save(new BusinessCalendar("Clocks test · Lisbon hours", LISBON, week,
                    List.of(), now)).getId();
            var always = new ArrayList<BusinessCalendar.Hours>();
            for (DayOfWeek day : DayOfWeek.values()) {
                always.add(new BusinessCalendar.Hours(day, LocalTime.MIDNIGHT, null));
            }
            long aroundTheClock = calendars.save(new BusinessCalendar("Clocks test · Around the clock",
                    ZoneId.of("UTC"), always, List.of(), now)).getId();
            planA = plans.save(new SlaPlan("Clocks test plan", false, List.of(
                    target(Priority.URGENT, 30, aroundTheClock, 240, aroundTheClock),
                    target(Priority.HIGH, 120, lisbonCalendar, 960, lisbonCalendar),
                    target(Priority.NORMAL, 240, lisbonCalendar, 2400, lisbonCalendar),
                    target(Priority.LOW, 480, lisbonCalendar, 4800, lisbonCalendar)), now)).getId();
            planB = plans.save(new SlaPlan("Clocks test plan B", false, List.of(
                    target(Priority.URGENT, 15, aroundTheClock, 120, aroundTheClock),
                    target(Priority.HIGH, 60, lisbonCalendar, 480, lisbonCalendar),
                    target(Priority.NORMAL, 60, lisbonCalendar, 600, lisbonCalendar),
                    target(Priority.LOW, 120, lisbonCalendar, 1200, lisbonCalendar)), now)).getId();
            assignments.save(new PlanAssignment(bank, planA, now));
        });
        return this;
    }

    private static SlaPlan.Target target(Priority priority, int firstResponse, long firstCalendar, int resolution,
            long resolutionCalendar) {
        return new SlaPlan.Target(priority, firstResponse, firstCalendar, resolution, resolutionCalendar);
    }

    long bank() {
        return bank;
    }

    long noPlan() {
        return noPlan;
    }

    long planA() {
        return planA;
    }

    long planB() {
        return planB;
    }

    /** The test plan's Lisbon hours, as arithmetic. */
    WorkingTime lisbonHours() {
        return transactions.execute(status -> calendars.findById(lisbonCalendar).orElseThrow().workingTime());
    }

    long personId(String email) {
        return ((app.ponte.security.PonteUser) users.loadUserByUsername(email)).accountId();
    }

    /** Moves the bank to another plan (none: off every plan) and tells the clocks, as the plans service does. */
    void movePlan(Long planId) {
        transactions.executeWithoutResult(status -> {
            var assignment = assignments.findByOrganisationId(bank);
            if (planId == null) {
                assignment.ifPresent(assignments::delete);
            } else if (assignment.isPresent()) {
                assignment.get().moveTo(planId, Instant.now());
            } else {
                assignments.save(new PlanAssignment(bank, planId, Instant.now()));
            }
            assignments.flush();
            events.publishEvent(new PlanChanged(bank, personId(ADMIN)));
        });
    }

    /** The application's clock set to this moment (it keeps running from there). */
    static void setTo(TestClock clock, ZonedDateTime moment) {
        clock.advance(Duration.between(clock.instant(), moment.toInstant()));
    }

    /** A Monday at least a week ahead, at this time in Lisbon (the test calendar has no holidays). */
    static ZonedDateTime mondayAhead(int hour, int minute) {
        LocalDate monday = LocalDate.now(LISBON).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return ZonedDateTime.of(monday, LocalTime.of(hour, minute), LISBON);
    }
}
