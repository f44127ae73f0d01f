package app.ponte.roadmap;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationCenter;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlannedWork;
import app.ponte.planning.PlanningFixtures;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.security.NotFoundInScopeException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Milestones with realistic dates, every communicated date a promise, deliveries that keep them. */
@H2Test
class RoadmapTest extends SignedInServiceTest {

    @Autowired
    TestClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;
    @Autowired
    Deliveries deliveries;
    @Autowired
    PromiseLedger promises;
    @Autowired
    RoadmapReading roadmap;
    @Autowired
    MilestoneRepository milestones;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    RequestReading reading;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    PromiseHistory history;

    @Test
    void a_date_outside_the_schedules_proposal_needs_a_reason_and_becomes_a_promise_to_the_requester() {
        long request = acceptedChange("Route export for drivers");
        long milestone = milestoneFor(request, today().plusDays(300));
        DateProposal proposal = as(LEAD, () -> dates.proposal(milestone)).orElseThrow();
        assertThat(proposal.likely()).isAfterOrEqualTo(today()).isBeforeOrEqualTo(proposal.latest());

        assertThat(refusal(() -> dates.commit(milestone, proposal.latest().plusDays(30), " ", version(milestone)))
                .messageKey()).isEqualTo("roadmap.error.override-reason");
        assertThat(refusal(() -> dates.commit(milestone, today().minusDays(1), "x", version(milestone)))
                .messageKey()).isEqualTo("roadmap.error.date-past");
        assertThat(refusal(() -> dates.commit(milestone, today().plusDays(301), "x", version(milestone)))
                .messageKey()).isEqualTo("roadmap.error.after-initiative-end");

        SignedIn.run(users, LEAD, () -> dates.commit(milestone, proposal.likely(), null, version(milestone)));

        long operations = fixtures.organisationId("Operations");
        assertThat(as("ops@ponte.test", () -> promises.ledger(operations, PageRequest.of(0, 500)).getContent())).filteredOn(p -> p.milestoneId() == milestone)
                .singleElement().satisfies(promise -> {
                    assertThat(promise.promisedOn()).isEqualTo(proposal.likely());
                    assertThat(promise.state()).isEqualTo(PromiseState.OPEN);
                    assertThat(promise.changes()).isEmpty();
                });
    }

    @Test
    void a_changed_date_needs_a_reason_is_kept_in_the_ledger_and_the_requester_is_told() {
        long request = acceptedChange("Picking wave report");
        long milestone = milestoneFor(request, today().plusDays(300));
        LocalDate first = today().plusDays(200);
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, first, "Agreed with Operations", version(milestone)));

        assertThat(refusal(() -> dates.commit(milestone, first.plusDays(14), null, version(milestone))).messageKey())
                .isEqualTo("roadmap.error.change-reason");
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, first.plusDays(14), "The carrier API changed",
                version(milestone)));

        long operations = fixtures.organisationId("Operations");
        PromiseEntry promise = as("ops@ponte.test", () -> promises.ledger(operations, PageRequest.of(0, 500)).getContent()).stream()
                .filter(p -> p.milestoneId() == milestone).findFirst().orElseThrow();
        assertThat(promise.firstPromisedOn()).isEqualTo(first);
        assertThat(promise.promisedOn()).isEqualTo(first.plusDays(14));
        assertThat(promise.changes()).singleElement().satisfies(change -> {
            assertThat(change.oldDate()).isEqualTo(first);
            assertThat(change.newDate()).isEqualTo(first.plusDays(14));
            assertThat(change.reason()).isEqualTo("The carrier API changed");
            assertThat(change.changedBy()).isEqualTo("Lucas Lead");
            assertThat(change.told()).isTrue();
        });
        assertThat(as("ops@ponte.test", () -> notifications.latest(5))).anySatisfy(line ->
                assertThat(line.arguments()).contains(Argument.text("The carrier API changed")));
    }

    @Test
    void delivering_keeps_the_promise_and_delivers_the_requests_but_never_in_the_future() {
        long request = acceptedChange("Dock screen");
        // A milestone of its own: other tests deliver "Read-only first" to Marketing's requests too.
        long milestone = milestoneFor(request, today().plusDays(300), "Dock screen first",
                "The dock screen without scheduling");
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, today().plusDays(100), "Fits the quarter",
                version(milestone)));

        assertThat(refusal(() -> deliveries.deliver(milestone, today().plusDays(1), version(milestone))).messageKey())
                .isEqualTo("roadmap.error.delivery-in-future");
        SignedIn.run(users, LEAD, () -> deliveries.deliver(milestone, today(), version(milestone)));

        assertThat(as("ops@ponte.test", () -> reading.details(request)).status()).isEqualTo(RequestStatus.DELIVERED);
        long operations = fixtures.organisationId("Operations");
        assertThat(as("ops@ponte.test", () -> promises.ledger(operations, PageRequest.of(0, 500)).getContent())).filteredOn(p -> p.milestoneId() == milestone)
                .singleElement().satisfies(promise -> {
                    assertThat(promise.state()).isEqualTo(PromiseState.KEPT_ON_TIME);
                    assertThat(promise.daysLate()).isZero();
                });
        assertThat(refusal(() -> deliveries.deliver(milestone, today(), version(milestone))).messageKey())
                .isEqualTo("roadmap.error.already-delivered");
        assertThat(as("ops@ponte.test", () -> promises.promiseSummary(operations)).keptOnTime()).isPositive();
        assertThat(as(LEAD, () -> promises.deliveryRecord())).anySatisfy(month -> {
            assertThat(month.month()).isEqualTo(YearMonth.from(today()));
            assertThat(month.delivered()).isPositive();
            assertThat(month.onTimeRate()).isBetween(0.0, 1.0);
        });

        assertThat(as("ops@ponte.test", () -> deliveries.changelog(operations, PageRequest.of(0, 20))).getContent())
                .contains(new ChangelogLine("Warehouse visibility: Dock screen first",
                        "The dock screen without scheduling", today()));
        long marketing = fixtures.organisationId("Marketing");
        assertThat(as("marketing@ponte.test", () -> deliveries.changelog(marketing, PageRequest.of(0, 20)))
                .getContent()).noneMatch(line -> line.whatChanged().equals("The dock screen without scheduling"));
    }

    @Test
    void only_accepted_requests_join_a_milestone_once_and_stale_or_foreign_changes_are_refused() {
        long open = fixtures.change("ops@ponte.test", "Not accepted yet", today().plusDays(90), "Orders API");
        long accepted = acceptedChange("Accepted one");
        long milestone = milestoneFor(accepted, today().plusDays(300));
        assertThat(refusal(() -> scope.link(milestone, open)).messageKey())
                .isEqualTo("roadmap.error.request-not-accepted");
        assertThat(refusal(() -> scope.link(milestone, accepted)).messageKey())
                .isEqualTo("roadmap.error.request-linked");

        long stale = version(milestone);
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, today().plusDays(120), "x", stale));
        assertThat(catchThrowable(() -> SignedIn.run(users, "dev@ponte.test",
                () -> dates.commit(milestone, today().plusDays(130), "y", stale))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, "ops@ponte.test",
                () -> dates.commit(milestone, today().plusDays(130), "y", version(milestone)))))
                .isInstanceOf(AccessDeniedException.class);
        // Marketing asking for Operations' ledger is answered "not found", like an id that does not exist;
        // Operations' milestone is in no ledger Marketing may read.
        long operations = fixtures.organisationId("Operations");
        long marketing = fixtures.organisationId("Marketing");
        assertThat(catchThrowable(() -> as("marketing@ponte.test", () -> promises.ledger(operations,
                PageRequest.of(0, 500))))).isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as("marketing@ponte.test", () -> promises.promiseSummary(operations))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(as("marketing@ponte.test", () -> promises.ledger(marketing, PageRequest.of(0, 500)).getContent()))
                .noneMatch(p -> p.milestoneId() == milestone);
    }

    @Test
    void a_request_joining_a_milestone_that_has_a_date_makes_it_a_promise_to_its_organisation_and_a_closed_one_takes_none() {
        long first = acceptedChange("Shelf sensors");
        long milestone = milestoneFor(first, today().plusDays(300));
        LocalDate date = today().plusDays(120);
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, date, "Agreed", version(milestone)));
        long marketing = fixtures.organisationId("Marketing");
        long campaign = fixtures.change("marketing@ponte.test", "Shelf campaign feed", today().plusDays(150),
                "Real-time reporting");
        fixtures.plan(campaign, "2");

        SignedIn.run(users, LEAD, () -> scope.link(milestone, campaign));

        assertThat(as("marketing@ponte.test", () -> promises.ledger(marketing, PageRequest.of(0, 500)).getContent()))
                .filteredOn(p -> p.milestoneId() == milestone).singleElement().satisfies(promise -> {
                    assertThat(promise.promisedOn()).isEqualTo(date);
                    assertThat(promise.state()).isEqualTo(PromiseState.OPEN);
                });
        assertThat(as("marketing@ponte.test", () -> notifications.latest(5)))
                .anySatisfy(line -> assertThat(line.arguments()).contains(Argument.text("Read-only first")));

        SignedIn.run(users, LEAD, () -> deliveries.deliver(milestone, today(), version(milestone)));
        long late = acceptedChange("Shelf sensors, second batch");
        assertThat(refusal(() -> scope.link(milestone, late)).messageKey())
                .isEqualTo("roadmap.error.already-delivered");
        assertThat(as("ops@ponte.test", () -> reading.details(late)).status()).isEqualTo(RequestStatus.PLANNED);
        assertThat(refusal(() -> dates.commit(milestone, date.plusDays(7), "Moved", version(milestone)))
                .messageKey()).isEqualTo("roadmap.error.already-delivered");
    }

    @Test
    void taking_out_the_organisations_last_request_withdraws_its_promise_and_the_systems_until_one_joins_again() {
        long first = acceptedChange("Trailer check-in");
        long second = acceptedChange("Trailer check-out");
        long milestone = milestoneFor(first, today().plusDays(300));
        SignedIn.run(users, LEAD, () -> scope.link(milestone, second));
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, today().plusDays(90), "Agreed", version(milestone)));
        long stale = version(milestone);

        assertThat(refusal(() -> scope.unlink(milestone, first, " ", stale)).messageKey())
                .isEqualTo("roadmap.error.unlink-reason");
        SignedIn.run(users, LEAD, () -> scope.unlink(milestone, first, "Belongs to the yard initiative", stale));
        assertThat(catchThrowable(() -> SignedIn.run(users, "dev@ponte.test",
                () -> scope.unlink(milestone, second, "Stale screen", stale)))).isInstanceOf(ConcurrentEditException.class);
        assertThat(refusal(() -> scope.unlink(milestone, first, "Again", version(milestone))).messageKey())
                .isEqualTo("roadmap.error.request-not-in-milestone");
        assertThat(promiseOf("ops@ponte.test", milestone).state()).isEqualTo(PromiseState.OPEN);
        assertThat(as("ops@ponte.test", () -> notifications.latest(5))).anySatisfy(line ->
                assertThat(line.arguments()).contains(Argument.text("Belongs to the yard initiative")));

        SignedIn.run(users, LEAD, () -> scope.unlink(milestone, second, "Scope moved to phase two",
                version(milestone)));
        assertThat(promiseOf("ops@ponte.test", milestone)).satisfies(promise -> {
            assertThat(promise.state()).isEqualTo(PromiseState.BROKEN);
            assertThat(promise.withdrawnOn()).isEqualTo(today());
            assertThat(promise.withdrawReason()).isEqualTo("Scope moved to phase two");
        });
        long ordersApi = fixtures.system("Orders API");
        assertThat(as(LEAD, () -> roadmap.initiatives(null, ordersApi, null, PageRequest.of(0, 500)))
                .map(InitiativeOverview::id)).doesNotContain(initiativeOf(milestone));

        // The date moves while Operations has nothing in the milestone; joining again tells them the new one.
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, today().plusDays(100), "Phase two lands later",
                version(milestone)));
        SignedIn.run(users, LEAD, () -> scope.link(milestone, second));
        assertThat(promiseOf("ops@ponte.test", milestone)).satisfies(promise -> {
            assertThat(promise.state()).isEqualTo(PromiseState.OPEN);
            assertThat(promise.withdrawnOn()).isNull();
            assertThat(promise.promisedOn()).isEqualTo(today().plusDays(100));
            assertThat(promise.changes()).extracting(PromiseChangeEntry::reason).containsExactly("Phase two lands later");
        });
        assertThat(as(LEAD, () -> roadmap.initiatives(null, ordersApi, null, PageRequest.of(0, 500)))
                .map(InitiativeOverview::id)).contains(initiativeOf(milestone));
        SignedIn.run(users, LEAD, () -> deliveries.deliver(milestone, today(), version(milestone)));
        assertThat(promiseOf("ops@ponte.test", milestone).state()).isEqualTo(PromiseState.KEPT_ON_TIME);
        assertThat(as("ops@ponte.test", () -> reading.details(first)).status()).isEqualTo(RequestStatus.PLANNED);
    }

    @Test
    void an_organisation_sees_public_initiatives_and_those_delivering_its_requests_only() {
        long request = acceptedChange("Returns label printing");
        long milestone = milestoneFor(request, today().plusDays(250));
        long privateOne = milestones.findById(milestone).orElseThrow().getInitiative().getId();
        long publicOne = as(LEAD, () -> initiatives.createInitiative(new InitiativeDraft("API v2 for everyone",
                "Versioned endpoints", true, Confidence.LOW, today().plusDays(365))));
        long marketing = fixtures.organisationId("Marketing");

        assertThat(visibleTo("ops@ponte.test", null)).contains(privateOne, publicOne);
        assertThat(visibleTo("marketing@ponte.test", null)).contains(publicOne).doesNotContain(privateOne);
        // Asking for another organisation's part changes nothing for a department: it reads its own.
        long operations = fixtures.organisationId("Operations");
        assertThat(visibleTo("marketing@ponte.test", operations)).doesNotContain(privateOne);
        assertThat(visibleTo(LEAD, null)).contains(privateOne, publicOne);
        assertThat(visibleTo(LEAD, marketing)).contains(publicOne).doesNotContain(privateOne);
        assertThat(as("ops@ponte.test", () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 500))).getContent())
                .filteredOn(i -> i.id() == privateOne).singleElement()
                .satisfies(i -> assertThat(i.milestones()).extracting(InitiativeOverview.MilestoneOverview::title)
                        .containsExactly("Read-only first"));
    }

    @Test
    void the_plan_sums_the_effort_range_of_the_linked_assessments_and_the_roadmap_filters_by_system_and_status() {
        long first = acceptedChange("Carrier labels");
        long second = acceptedChange("Carrier manifests");
        long milestone = milestoneFor(first, today().plusDays(300));
        SignedIn.run(users, LEAD, () -> scope.link(milestone, second));

        MilestonePlan plan = as(LEAD, () -> dates.plan(milestone));
        assertThat(plan.requests()).extracting(PlannedWork::requestId).containsExactly(first, second);
        assertThat(plan.effortLikely()).isGreaterThan(BigDecimal.ZERO);
        assertThat(plan.effortPessimistic()).isGreaterThanOrEqualTo(plan.effortLikely());
        assertThat(plan.proposal()).isNotNull();

        long initiative = initiativeOf(milestone);
        // The team reads the initiative's estimate (3 likely and 4 pessimistic days each); its client does not.
        assertThat(view(initiative).estimate()).satisfies(estimate -> {
            assertThat(estimate.likely()).isEqualByComparingTo("6");
            assertThat(estimate.pessimistic()).isEqualByComparingTo("8");
        });
        assertThat(as("ops@ponte.test", () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 500))).stream()
                .filter(i -> i.id() == initiative).findFirst().orElseThrow().estimate()).isNull();
        long ordersApi = fixtures.system("Orders API");
        assertThat(as(LEAD, () -> roadmap.initiatives(null, ordersApi, DeliveryStatus.PLANNED, PageRequest.of(0, 500)))
                .map(InitiativeOverview::id)).contains(initiative);
        assertThat(as(LEAD, () -> roadmap.initiatives(null, ordersApi, DeliveryStatus.DELIVERED,
                PageRequest.of(0, 500))).map(InitiativeOverview::id)).doesNotContain(initiative);
        long otherSystem = fixtures.system("Real-time reporting");
        assertThat(as(LEAD, () -> roadmap.initiatives(null, otherSystem, null, PageRequest.of(0, 500)))
                .map(InitiativeOverview::id)).doesNotContain(initiative);
    }

    @Test
    void an_initiative_is_in_progress_once_a_date_is_committed_and_delivered_with_its_last_milestone() {
        long request = acceptedChange("Slot booking");
        long milestone = milestoneFor(request, today().plusDays(300));
        long initiative = initiativeOf(milestone);
        assertThat(statusOf(initiative)).isEqualTo(DeliveryStatus.PLANNED);
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, today().plusDays(60), "Agreed", version(milestone)));
        assertThat(statusOf(initiative)).isEqualTo(DeliveryStatus.IN_PROGRESS);
        SignedIn.run(users, LEAD, () -> deliveries.deliver(milestone, today(), version(milestone)));
        assertThat(statusOf(initiative)).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void two_team_members_editing_the_same_milestone_or_initiative_do_not_overwrite_each_other() {
        long request = acceptedChange("Yard map");
        long milestone = milestoneFor(request, today().plusDays(300));
        long seen = version(milestone);
        SignedIn.run(users, LEAD, () -> initiatives.editMilestone(milestone, new MilestoneDraft("Map first",
                "The yard map, read-only"), seen));
        assertThat(catchThrowable(() -> SignedIn.run(users, "dev@ponte.test", () -> initiatives.editMilestone(milestone,
                new MilestoneDraft("Other name", "Other text"), seen)))).isInstanceOf(ConcurrentEditException.class);
        assertThat(milestones.findById(milestone).orElseThrow().getTitle()).isEqualTo("Map first");
        assertThat(refusal(() -> initiatives.editMilestone(milestone, new MilestoneDraft(" ", "x"), version(milestone)))
                .field()).isEqualTo("title");

        long initiative = initiativeOf(milestone);
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, today().plusDays(200), "Agreed",
                version(milestone)));
        InitiativeOverview before = view(initiative);
        var shorter = new InitiativeDraft("Warehouse visibility", null, false, Confidence.HIGH, today().plusDays(100));
        RejectedInputException refused = refusal(() -> initiatives.editInitiative(initiative, shorter, before.version()));
        assertThat(refused.messageKey()).isEqualTo("roadmap.error.ends-before-milestone");
        var renamed = new InitiativeDraft("Warehouse visibility 2", "Now", true, Confidence.HIGH, today().plusDays(250));
        SignedIn.run(users, LEAD, () -> initiatives.editInitiative(initiative, renamed, before.version()));
        assertThat(catchThrowable(() -> SignedIn.run(users, "dev@ponte.test",
                () -> initiatives.editInitiative(initiative, renamed, before.version()))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(view(initiative)).satisfies(after -> {
            assertThat(after.title()).isEqualTo("Warehouse visibility 2");
            assertThat(after.publicItem()).isTrue();
            assertThat(after.endsOn()).isEqualTo(today().plusDays(250));
        });
    }

    @Test
    void cancelling_an_initiative_needs_a_reason_breaks_its_open_promises_and_tells_the_requesters() {
        long request = acceptedChange("Cold-chain alerts");
        long milestone = milestoneFor(request, today().plusDays(300));
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, today().plusDays(90), "Agreed", version(milestone)));
        long initiative = initiativeOf(milestone);
        long seen = view(initiative).version();
        assertThat(refusal(() -> initiatives.cancelInitiative(initiative, " ", seen)).messageKey())
                .isEqualTo("roadmap.error.cancel-reason");

        SignedIn.run(users, LEAD, () -> initiatives.cancelInitiative(initiative, "The carrier left the market", seen));

        assertThat(statusOf(initiative)).isEqualTo(DeliveryStatus.CANCELLED);
        long operations = fixtures.organisationId("Operations");
        assertThat(as("ops@ponte.test", () -> promises.ledger(operations, PageRequest.of(0, 500)).getContent())).filteredOn(p -> p.milestoneId() == milestone)
                .singleElement().extracting(PromiseEntry::state).isEqualTo(PromiseState.BROKEN);
        assertThat(as("ops@ponte.test", () -> notifications.latest(5))).anySatisfy(line ->
                assertThat(line.arguments()).contains(Argument.text("The carrier left the market")));
        assertThat(refusal(() -> deliveries.deliver(milestone, today(), version(milestone))).messageKey())
                .isEqualTo("roadmap.error.cancelled");
    }

    @Test
    void history_records_a_promise_made_and_kept_late_on_their_own_days_but_never_in_the_future() {
        long request = acceptedChange("Pallet labels");
        long milestone = milestoneFor(request, today().plusDays(300));
        Instant monthsAgo = today().minusDays(90).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(refusal(() -> history.committed(clock.instant().plusSeconds(3600), milestone, today(), null))
                .messageKey()).isEqualTo("roadmap.error.history-in-future");

        SignedIn.run(users, LEAD, () -> {
            history.committed(monthsAgo, milestone, today().minusDays(40), "Agreed at the quarterly review");
            history.committed(monthsAgo.plusSeconds(30L * 86_400), milestone, today().minusDays(30),
                    "The carrier's test system was down for a week");
            history.delivered(monthsAgo.plusSeconds(65L * 86_400), milestone, today().minusDays(28));
        });

        long operations = fixtures.organisationId("Operations");
        assertThat(as("ops@ponte.test", () -> promises.ledger(operations, PageRequest.of(0, 500)).getContent())).filteredOn(p -> p.milestoneId() == milestone)
                .singleElement().satisfies(promise -> {
                    assertThat(promise.madeAt()).isEqualTo(monthsAgo);
                    assertThat(promise.state()).isEqualTo(PromiseState.KEPT_LATE);
                    assertThat(promise.daysLate()).isEqualTo(12);
                    assertThat(promise.changes()).singleElement().extracting(PromiseChangeEntry::reason)
                            .isEqualTo("The carrier's test system was down for a week");
                });
    }

    private PromiseEntry promiseOf(String email, long milestone) {
        long organisation = fixtures.organisationId("Operations");
        return as(email, () -> promises.ledger(organisation, PageRequest.of(0, 500)).getContent()).stream()
                .filter(p -> p.milestoneId() == milestone).findFirst().orElseThrow();
    }

    private long initiativeOf(long milestone) {
        return milestones.findById(milestone).orElseThrow().getInitiative().getId();
    }

    private DeliveryStatus statusOf(long initiative) {
        return view(initiative).status();
    }

    private InitiativeOverview view(long initiative) {
        return as(LEAD, () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 1000))).stream()
                .filter(i -> i.id() == initiative).findFirst().orElseThrow();
    }

    private List<Long> visibleTo(String email, Long organisationId) {
        return as(email, () -> roadmap.initiatives(organisationId, null, null, PageRequest.of(0, 500))).getContent()
                .stream().map(InitiativeOverview::id).toList();
    }

    private long acceptedChange(String title) {
        long id = fixtures.change("ops@ponte.test", title, today().plusDays(150), "Orders API");
        fixtures.plan(id, "3");
        return id;
    }

    private long milestoneFor(long request, LocalDate initiativeEnd) {
        return milestoneFor(request, initiativeEnd, "Read-only first", "The report without scheduling");
    }

    private long milestoneFor(long request, LocalDate initiativeEnd, String title, String delivers) {
        return as(LEAD, () -> {
            long initiative = initiatives.createInitiative(new InitiativeDraft("Warehouse visibility", null, false,
                    Confidence.MEDIUM, initiativeEnd));
            long milestone = initiatives.addMilestone(initiative, new MilestoneDraft(title, delivers));
            scope.link(milestone, request);
            return milestone;
        });
    }

    private long version(long milestone) {
        return milestones.findById(milestone).orElseThrow().getVersion();
    }

    private RejectedInputException refusal(Runnable work) {
        return (RejectedInputException) catchThrowable(() -> SignedIn.run(users, LEAD, work));
    }

    /** Today as the application sees it (the test clock). */
    private LocalDate today() {
        return clock.today();
    }
}
