package app.ponte.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.organisation.Organisations;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlanningFixtures;
import app.ponte.roadmap.ChangelogLine;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeDraft;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.Initiatives;
import app.ponte.roadmap.MilestoneDates;
import app.ponte.roadmap.MilestoneDraft;
import app.ponte.roadmap.MilestoneScope;
import app.ponte.roadmap.PromiseEntry;
import app.ponte.roadmap.PromiseState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The roadmap list and timeline, the team's dialogs, the promises page and the changelog, in a browserless UI. */
class RoadmapViewsTest extends UiTest {

    @Autowired
    TestClock clock;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    Organisations organisations;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;

    @Test
    void a_client_sees_its_own_and_the_public_initiatives_without_the_teams_controls() {
        signInAs("ana@aurora.test");
        RoadmapView view = navigate(RoadmapView.class);

        assertThat(titles(view)).contains("Orders API resilience for peak season", "API v2")
                .doesNotContain("Campaign reporting");
        assertThat(view.organisation.isVisible()).isFalse();
        assertThat(view.newInitiative.isVisible()).isFalse();
        assertThat(text(view.list)).doesNotContain("Plan…", "Edit initiative", "Marketing", "Meridian", "Estimate");
        assertThat(text(view.list)).contains("Why this date:");
        assertThat(text(view.list)).as("a status comes with its date").containsPattern("(Planned for|In progress, due) ");
    }

    @Test
    void the_timeline_draws_each_visible_initiative_with_its_milestones_and_today() {
        signInAs("ana@aurora.test");
        RoadmapView view = navigate(RoadmapView.class);
        test(view.views.timeline).click();

        assertThat(view.timeline.isVisible()).isTrue();
        assertThat(view.list.isVisible()).isFalse();
        List<Div> rows = descendants(view.timeline).filter(c -> c.hasClassName("timeline-row")
                && c.getElement().hasAttribute("data-initiative")).toList();
        assertThat(rows).hasSize(view.shown().size());
        InitiativeOverview resilience = view.shown().stream()
                .filter(i -> i.title().equals("Orders API resilience for peak season")).findFirst().orElseThrow();
        Div row = rows.stream().filter(r -> r.getElement().getAttribute("data-initiative")
                .equals(String.valueOf(resilience.id()))).findFirst().orElseThrow();
        List<Div> bars = descendants(row).filter(c -> c.hasClassName("milestone-bar")).toList();
        assertThat(bars).hasSize(2);
        assertThat(bars.getFirst().hasClassName("delivered")).isTrue();
        assertThat(bars).allSatisfy(bar -> assertThat(bar.getStyle().get("left")).endsWith("%"));
        assertThat(descendants(row).filter(c -> c.hasClassName("timeline-today"))).hasSize(1);
    }

    @Test
    void the_status_filter_shows_only_initiatives_in_that_status() {
        signInAs("lead@ponte.test");
        RoadmapView view = navigate(RoadmapView.class);
        view.status.setValue(DeliveryStatus.DELIVERED);
        assertThat(view.shown()).allSatisfy(i -> assertThat(i.status()).isEqualTo(DeliveryStatus.DELIVERED));
        view.status.setValue(DeliveryStatus.IN_PROGRESS);
        assertThat(view.shown()).extracting(InitiativeOverview::title).contains("Orders API resilience for peak season");
    }

    @Test
    void the_team_creates_an_initiative_plans_a_milestone_and_needs_a_reason_outside_the_proposal() {
        long request = fixtures.change("ops@ponte.test", "Dock door sensors", today().plusDays(120), "Orders API");
        fixtures.plan(request, "4");
        signInAs("lead@ponte.test");
        RoadmapView view = navigate(RoadmapView.class);

        var create = view.initiativeDialog();
        create.open(null);
        roundTrip();
        test(create.save).click();
        assertThat(create.title.isInvalid()).isTrue();
        assertThat(create.title.getErrorMessage()).isEqualTo("This is needed.");
        create.title.setValue("Dock automation");
        create.confidence.setValue(Confidence.MEDIUM);
        create.endsOn.setValue(today().plusDays(330));
        test(create.save).click();
        assertThat(create.isOpened()).isFalse();
        InitiativeOverview dock = find(view, "Dock automation");

        var add = view.milestoneDialog();
        add.create(dock);
        roundTrip();
        add.title.setValue("Sensors first");
        add.delivers.setValue("Door states readable in the Orders API");
        test(add.save).click();
        assertThat(toasts()).contains("Milestone added.");
        InitiativeOverview.MilestoneOverview milestone = find(view, "Dock automation").milestones().getFirst();

        var plan = view.milestoneDialog();
        plan.open(find(view, "Dock automation"), milestone);
        roundTrip();
        plan.request.setValue((int) request);
        test(plan.link).click();
        assertThat(plan.requests.getChildren()).hasSize(1);
        assertThat(plan.proposal.getText()).startsWith("The schedule supports");
        assertThat(plan.effort.getText()).contains("4");

        plan.date.setValue(today().plusDays(320));
        test(plan.commit).click();
        assertThat(plan.reason.isInvalid()).isTrue();
        assertThat(plan.reason.getErrorMessage()).startsWith("This date is outside what the schedule supports");
        assertThat(plan.date.getValue()).isEqualTo(today().plusDays(320));
        plan.reason.setValue("The sensors' supplier delivers in the autumn");
        test(plan.commit).click();
        assertThat(plan.isOpened()).isFalse();
        assertThat(toasts()).contains("Date committed; the organisations concerned are told.");
        assertThat(find(view, "Dock automation").milestones().getFirst().committedOn())
                .isEqualTo(today().plusDays(320));
    }

    @Test
    void a_second_team_member_saving_a_stale_milestone_is_told_and_keeps_what_they_typed() {
        signInAs("lead@ponte.test");
        RoadmapView view = navigate(RoadmapView.class);
        InitiativeOverview api = find(view, "API v2");
        InitiativeOverview.MilestoneOverview writes = api.milestones().stream()
                .filter(m -> m.title().startsWith("Write endpoints")).findFirst().orElseThrow();
        var mine = view.milestoneDialog();
        var theirs = view.milestoneDialog();
        mine.open(api, writes);
        theirs.open(api, writes);
        roundTrip();

        mine.delivers.setValue("Writes through v2 for orders first");
        test(mine.save).click();
        theirs.delivers.setValue("Writes through v2, invoices first");
        test(theirs.save).click();

        assertThat(theirs.message.getText()).startsWith("Someone changed this meanwhile");
        assertThat(theirs.delivers.getValue()).isEqualTo("Writes through v2, invoices first");
        assertThat(find(view, "API v2").milestones()).anySatisfy(m ->
                assertThat(m.delivers()).isEqualTo("Writes through v2 for orders first"));
    }

    @Test
    void a_delivery_in_the_future_is_refused_on_the_field() {
        signInAs("lead@ponte.test");
        RoadmapView view = navigate(RoadmapView.class);
        InitiativeOverview api = find(view, "API v2");
        InitiativeOverview.MilestoneOverview read = api.milestones().stream().filter(m -> m.title().equals("Read endpoints"))
                .findFirst().orElseThrow();
        var plan = view.milestoneDialog();
        plan.open(api, read);
        roundTrip();
        plan.deliveredOn.setValue(today().plusDays(2));
        test(plan.deliver).click();
        assertThat(plan.deliveredOn.isInvalid()).isTrue();
        assertThat(plan.deliveredOn.getErrorMessage()).isEqualTo("A delivery cannot be dated in the future.");
    }

    @Test
    void the_team_reads_each_initiatives_estimate_from_its_assessed_requests() {
        signInAs("lead@ponte.test");
        RoadmapView view = navigate(RoadmapView.class);

        // Aurora's limits were assessed at 6 likely and 9 pessimistic days; its webhook, an idea, has no assessment.
        assertThat(find(view, "Orders API resilience for peak season").estimate()).satisfies(estimate -> {
            assertThat(estimate.likely()).isEqualByComparingTo("6");
            assertThat(estimate.pessimistic()).isEqualByComparingTo("9");
        });
        assertThat(text(view.list)).contains("Estimate: 6 to 9 days of effort");
    }

    @Test
    void a_delivered_milestone_offers_no_more_links_dates_or_deliveries() {
        signInAs("lead@ponte.test");
        RoadmapView view = navigate(RoadmapView.class);
        InitiativeOverview resilience = find(view, "Orders API resilience for peak season");
        InitiativeOverview.MilestoneOverview limits = resilience.milestones().stream()
                .filter(m -> m.title().equals("Peak-ready limits")).findFirst().orElseThrow();
        assertThat(limits.status()).isEqualTo(DeliveryStatus.DELIVERED);

        var plan = view.milestoneDialog();
        plan.open(resilience, limits);

        assertThat(List.of(plan.link, plan.commit, plan.deliver)).noneMatch(Button::isEnabled);
        assertThat(plan.save.isEnabled()).isTrue();
    }

    @Test
    void the_team_takes_a_request_out_with_a_reason_and_its_organisation_reads_the_withdrawn_promise() {
        long request = fixtures.change("ops@ponte.test", "Gate camera feed", today().plusDays(120), "Orders API");
        fixtures.plan(request, "2");
        signInAs("lead@ponte.test");
        long initiative = initiatives.createInitiative(new InitiativeDraft("Gate cameras", null, false, Confidence.LOW,
                today().plusDays(300)));
        long milestone = initiatives.addMilestone(initiative, new MilestoneDraft("Feed first", "The camera feed"));
        scope.link(milestone, request);
        dates.commit(milestone, today().plusDays(200), "Agreed with Operations", dates.plan(milestone).milestone()
                .version());
        RoadmapView view = navigate(RoadmapView.class);
        InitiativeOverview gates = find(view, "Gate cameras");
        var plan = view.milestoneDialog();
        plan.open(gates, gates.milestones().getFirst());
        roundTrip();

        assertThat(plan.effort.getText()).isEqualTo("Estimated effort: 2 to 3 days (from the assessments).");
        test(find(Button.class).id("take-out-" + request)).click();
        TakeOutDialog takeOut = find(TakeOutDialog.class).single();
        test(takeOut.confirm).click();
        assertThat(takeOut.reason.isInvalid()).isTrue();
        assertThat(takeOut.reason.getErrorMessage()).startsWith("Say why the request leaves this milestone");
        takeOut.reason.setValue("Moved to the second increment");
        test(takeOut.confirm).click();

        assertThat(takeOut.isOpened()).isFalse();
        assertThat(plan.requests.getChildren()).isEmpty();
        assertThat(plan.effort.getText()).startsWith("No request here has an assessed effort yet");
        signInAs("ops@ponte.test");
        PromisesView promises = navigate(PromisesView.class);
        PromiseEntry withdrawn = rows(promises).stream().filter(p -> p.milestoneTitle().equals("Feed first"))
                .findFirst().orElseThrow();
        assertThat(withdrawn.state()).isEqualTo(PromiseState.BROKEN);
        assertThat(withdrawn.withdrawReason()).isEqualTo("Moved to the second increment");
        assertThat(promises.outcome(withdrawn)).startsWith("Broken: withdrawn on ");
        assertThat(promises.history(withdrawn).getElement().getTextRecursively())
                .contains("Withdrawn on", "Moved to the second increment");
    }

    @Test
    void a_client_reads_its_promises_their_outcome_and_the_history_of_a_changed_date() {
        signInAs("ana@aurora.test");
        PromisesView view = navigate(PromisesView.class);

        assertThat(view.ledger.isVisible()).isTrue();
        List<PromiseEntry> rows = rows(view);
        assertThat(rows).extracting(PromiseEntry::state).contains(PromiseState.KEPT_ON_TIME);
        PromiseEntry slipped = rows.stream().filter(p -> !p.changes().isEmpty()).findFirst().orElseThrow();
        assertThat(view.outcome(slipped)).isEqualTo("Open, " + slipped.daysLate() + " days past the first date told");
        assertThat(figure(view, "on-time")).isNotEqualTo("0");
        assertThat(view.record.isAttached()).isFalse();
    }

    @Test
    void the_team_reads_every_organisations_promises_newest_first_until_it_picks_one_and_its_delivery_record() {
        signInAs("lead@ponte.test");
        PromisesView view = navigate(PromisesView.class);
        assertThat(view.ledger.isVisible()).isTrue();
        assertThat(view.organisationColumn.isVisible()).isTrue();
        List<PromiseEntry> all = rows(view);
        assertThat(all).extracting(PromiseEntry::organisation).contains("Aurora Commerce", "Marketing");
        assertThat(figure(view, "on-time")).isNotEqualTo("0");
        assertThat(test(view.record).size()).isPositive();

        view.organisation.picker.setValue(organisations.activeDepartmentsAndClients("Aurora Commerce",
                PageRequest.of(0, 1)).getContent().getFirst());
        assertThat(view.organisationColumn.isVisible()).isFalse();
        assertThat(rows(view)).isNotEmpty().extracting(PromiseEntry::organisation).containsOnly("Aurora Commerce");
    }

    @Test
    void the_team_reads_every_organisations_changelog_before_picking_one_and_the_pages_have_headings() {
        signInAs("lead@ponte.test");
        ChangelogView view = navigate(ChangelogView.class);
        var grid = test(view.entries);
        assertThat(grid.size()).isGreaterThanOrEqualTo(4);
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(ChangelogLine::title))
                .anySatisfy(title -> assertThat(title).startsWith("Campaign reporting"))
                .anySatisfy(title -> assertThat(title).startsWith("Orders API resilience"));
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Changelog");
        navigate(PromisesView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Promises");
        navigate(RoadmapView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Roadmap");
    }

    @Test
    void a_promise_whose_date_changed_shows_its_whole_outcome_and_changes_as_tooltips_in_wrapping_cells() {
        signInAs("ana@aurora.test");
        PromisesView view = navigate(PromisesView.class);
        assertThat(view.ledger.getThemeNames()).contains("wrap-cell-content");
        PromiseEntry slipped = rows(view).stream().filter(p -> !p.changes().isEmpty()).findFirst().orElseThrow();
        var outcome = view.ledger.getColumns().get(6);
        var changes = view.ledger.getColumns().get(7);
        assertThat(outcome.getTooltipGenerator().apply(slipped)).isEqualTo(view.outcome(slipped));
        assertThat(changes.getTooltipGenerator().apply(slipped)).isEqualTo("1 change");
        assertThat(outcome.getFlexGrow()).isPositive();
    }

    @Test
    void marketing_reads_its_changelog_newest_first() {
        signInAs("marketing@ponte.test");
        ChangelogView view = navigate(ChangelogView.class);
        var grid = test(view.entries);
        assertThat(grid.size()).isGreaterThanOrEqualTo(3);
        assertThat(grid.getRow(0).publishedOn()).isAfterOrEqualTo(grid.getRow(grid.size() - 1).publishedOn());
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow))
                .anySatisfy(line -> assertThat(line.title()).startsWith("Campaign reporting"));
    }

    private List<String> toasts() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private List<PromiseEntry> rows(PromisesView view) {
        var grid = test(view.ledger);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private static String figure(PromisesView view, String name) {
        return view.summary.getChildren().filter(c -> name.equals(c.getElement().getAttribute("data-figure")))
                .findFirst().orElseThrow().getChildren().findFirst().orElseThrow().getElement().getText();
    }

    /** The initiative shown with this title, showing more pages until it is there. */
    private InitiativeOverview find(RoadmapView view, String title) {
        while (view.shown().stream().noneMatch(i -> i.title().equals(title)) && view.more.isVisible()) {
            test(view.more).click();
        }
        return view.shown().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> titles(RoadmapView view) {
        while (view.more.isVisible()) {
            view.more.click();
        }
        return view.shown().stream().map(InitiativeOverview::title).toList();
    }

    static java.util.stream.Stream<Div> descendants(Component root) {
        return root.getChildren().flatMap(child -> java.util.stream.Stream.concat(
                child instanceof Div div ? java.util.stream.Stream.of(div) : java.util.stream.Stream.empty(),
                descendants(child)));
    }

    static String text(Component root) {
        return root.getElement().getTextRecursively();
    }

    /** Today as the application sees it (the test clock). */
    private LocalDate today() {
        return clock.today();
    }
}
