package app.ponte.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.TestClock;
import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.planning.Backlog;
import app.ponte.planning.BacklogRow;
import app.ponte.planning.CapacityEntry;
import app.ponte.planning.ConflictHandling;
import app.ponte.planning.ConflictRow;
import app.ponte.planning.PlanningFixtures;
import app.ponte.planning.TeamCapacities;
import com.vaadin.flow.component.UI;
import app.ponte.base.ui.Days;
import app.ponte.planning.Confidence;
import app.ponte.roadmap.InitiativeDraft;
import app.ponte.roadmap.Initiatives;
import app.ponte.roadmap.MilestoneDates;
import app.ponte.roadmap.MilestoneDraft;
import app.ponte.roadmap.MilestoneScope;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The backlog board, the conflicts view, the ranking settings and the request page's planning part. */
class PlanningViewsTest extends UiTest {

    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    Backlog backlog;
    @Autowired
    TeamCapacities capacities;
    @Autowired
    UserDetailsService users;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope milestoneScope;
    @Autowired
    MilestoneDates dates;

    @Test
    void the_lead_moves_a_request_to_the_top_with_a_reason_after_seeing_what_slips() {
        long id = fixtures.change("hr@ponte.test", "Leave calendar feed", clock.today().plusDays(90), "Employee directory");
        signInAs("lead@ponte.test");
        BacklogView view = navigate(BacklogView.class);
        view.system.setValue(view.system.getListDataView().getItems()
                .filter(s -> s.name().equals("Employee directory")).findFirst().orElseThrow());
        var rows = test(view.grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).requestId() == id).findFirst()
                .orElseThrow();
        rows.select(row);
        test(view.move).click();
        roundTrip();

        view.dialog.position.setValue(1);
        test(view.dialog.save).click();
        assertThat(view.dialog.reason.isInvalid()).isTrue();
        assertThat(view.dialog.reason.getErrorMessage()).startsWith("Say why it moves");

        test(view.dialog.preview).click();
        assertThat(view.dialog.slips.getChildren()).isNotEmpty();
        test(view.dialog.reason).setValue("The works council asked for it this month");
        test(view.dialog.save).click();

        assertThat(view.dialog.isOpened()).isFalse();
        BacklogRow first = test(view.grid).getRow(0);
        try {
            assertThat(first.requestId()).isEqualTo(id);
            assertThat(first.placedManually()).isTrue();
            assertThat(first.lastMove().reason()).isEqualTo("The works council asked for it this month");
        } finally {
            // The ranking is shared by every test: the request goes back to its computed place.
            SignedIn.run(users, "lead@ponte.test", () -> backlog.returnToScore(id, backlog.card(id).version()));
        }
    }

    @Test
    void the_team_accepts_a_conflicts_risk_only_with_a_note() {
        fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(340), clock.today().plusDays(344), "Board visit");
        long id = fixtures.change("marketing@ponte.test", "Board visit screen", clock.today().plusDays(342),
                "Real-time reporting");
        signInAs("lead@ponte.test");
        ConflictsView view = navigate(ConflictsView.class);
        var rows = test(view.grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).requestId() == id).findFirst()
                .orElseThrow();
        ConflictRow conflict = rows.getRow(row);
        assertThat(view.why(conflict)).contains("Marketing", "Sales", "Real-time reporting", "Board visit");
        rows.select(row);

        test(view.acceptRisk).click();
        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getErrorMessage()).isEqualTo("Say why the risk is acceptable.");

        test(view.note).setValue("Only a read-only screen");
        test(view.acceptRisk).click();
        assertThat(lastToast()).isEqualTo("Conflict on “Board visit screen” handled.");
        var after = test(view.grid);
        assertThat(IntStream.range(0, after.size()).mapToObj(after::getRow).filter(r -> r.requestId() == id)
                .findFirst().orElseThrow().handling()).isEqualTo(ConflictHandling.RISK_ACCEPTED);
    }

    @Test
    void a_resolved_conflict_stays_findable_with_who_decided_what_and_why() {
        fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(360), clock.today().plusDays(362),
                "Quarter close");
        long id = fixtures.change("marketing@ponte.test", "Quarter close banner", clock.today().plusDays(361),
                "Real-time reporting");
        signInAs("lead@ponte.test");
        ConflictsView view = navigate(ConflictsView.class);
        var rows = test(view.grid);
        rows.select(IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).requestId() == id).findFirst()
                .orElseThrow());
        test(view.note).setValue("The banner is static");
        test(view.acceptRisk).click();

        test(view.shown).selectItem("Resolved");
        var resolved = test(view.grid);
        ConflictRow row = IntStream.range(0, resolved.size()).mapToObj(resolved::getRow)
                .filter(r -> r.requestId() == id).findFirst().orElseThrow();
        assertThat(row.handledBy()).isNotBlank();
        assertThat(view.handling(row)).startsWith("Risk accepted by " + row.handledBy() + " on ")
                .endsWith(": The banner is static");
    }

    @Test
    void dropping_a_row_above_another_opens_the_move_which_lands_it_there_and_below_works_too() {
        long first = fixtures.change("hr@ponte.test", "Shift swap export", clock.today().plusDays(200),
                "Employee directory");
        long second = fixtures.change("hr@ponte.test", "Shift swap import", clock.today().plusDays(200),
                "Employee directory");
        signInAs("lead@ponte.test");
        BacklogView view = navigate(BacklogView.class);
        view.system.setValue(view.system.getListDataView().getItems()
                .filter(s -> s.name().equals("Employee directory")).findFirst().orElseThrow());
        BacklogRow a = row(view, first);
        BacklogRow b = row(view, second);
        BacklogRow upper = a.position() < b.position() ? a : b;
        BacklogRow lower = upper == a ? b : a;
        try {
            view.dropped(lower, upper, true);
            roundTrip();
            assertThat(view.dialog.isOpened()).isTrue();
            assertThat(view.dialog.placement.getValue()).isEqualTo(MoveDialog.Placement.ABOVE);
            assertThat(view.dialog.other.getValue().requestId()).isEqualTo(upper.requestId());
            assertThat(view.dialog.position.getValue()).isEqualTo(upper.position());

            test(view.dialog.save).click();
            assertThat(view.dialog.reason.isInvalid()).isTrue();
            assertThat(view.dialog.reason.getErrorMessage()).startsWith("Say why it moves");

            test(view.dialog.reason).setValue("Payroll closes first");
            test(view.dialog.save).click();
            assertThat(view.dialog.isOpened()).isFalse();
            assertThat(lastToast()).isEqualTo("“" + lower.title() + "” moved to #" + upper.position()
                    + ". The organisations concerned are told.");
            assertThat(position(lower.requestId())).isEqualTo(upper.position());
            assertThat(position(upper.requestId())).isEqualTo(upper.position() + 1);

            BacklogRow moved = row(view, lower.requestId());
            view.dialog.open(moved);
            roundTrip();
            test(view.dialog.placement).selectItem("Right below a request");
            view.dialog.other.setValue(row(view, upper.requestId()));
            test(view.dialog.reason).setValue("Import needs the export after all");
            test(view.dialog.save).click();
            assertThat(view.dialog.isOpened()).isFalse();
            assertThat(position(lower.requestId())).isEqualTo(position(upper.requestId()) + 1);
        } finally {
            // The ranking is shared by every test: the request goes back to its computed place.
            SignedIn.run(users, "lead@ponte.test", () -> backlog.returnToScore(lower.requestId(),
                    backlog.card(lower.requestId()).version()));
        }
    }

    @Test
    void the_preview_warns_when_a_move_would_push_a_request_past_the_date_promised_to_its_organisation() {
        long pusher = fixtures.change("ops@ponte.test", "Depot map rewrite", clock.today().plusDays(320),
                "Orders API");
        fixtures.plan(pusher, "30");
        long promised = fixtures.change("ops@ponte.test", "Depot map labels", clock.today().plusDays(320),
                "Orders API");
        fixtures.plan(promised, "2");
        LocalDate date = SignedIn.as(users, "lead@ponte.test", () -> {
            LocalDate finish = backlog.plannedWork(List.of(promised)).getFirst().plannedFinish();
            long initiative = initiatives.createInitiative(new InitiativeDraft("Depot maps", null, false,
                    Confidence.MEDIUM, clock.today().plusDays(360)));
            long milestone = initiatives.addMilestone(initiative, new MilestoneDraft("Labels", "Readable labels"));
            milestoneScope.link(milestone, promised);
            dates.commit(milestone, finish, "Agreed with Operations", dates.plan(milestone).milestone().version());
            return finish;
        });
        assertThat(date).isNotNull();

        signInAs("lead@ponte.test");
        BacklogView view = navigate(BacklogView.class);
        view.system.setValue(view.system.getListDataView().getItems()
                .filter(s -> s.name().equals("Orders API")).findFirst().orElseThrow());
        BacklogRow mover = row(view, pusher);
        BacklogRow kept = row(view, promised);
        assertThat(mover.position()).isGreaterThan(kept.position());
        view.dialog.open(mover);
        roundTrip();
        test(view.dialog.placement).selectItem("Right above a request");
        view.dialog.other.setValue(kept);
        test(view.dialog.preview).click();

        assertThat(view.dialog.slips.getElement().getTextRecursively()).contains("Depot map labels",
                "It would miss the date promised to its organisation, " + Days.format(date, UI.getCurrent().getLocale()) + ".");
        assertThat(view.dialog.isOpened()).isTrue();
    }

    private BacklogRow row(BacklogView view, long requestId) {
        var rows = test(view.grid);
        return IntStream.range(0, rows.size()).mapToObj(rows::getRow).filter(r -> r.requestId() == requestId)
                .findFirst().orElseThrow();
    }

    private int position(long requestId) {
        return SignedIn.as(users, "lead@ponte.test", () -> backlog.card(requestId).position());
    }

    private String lastToast() {
        return find(Notification.class).last().getElement().getProperty("text", "");
    }

    @Test
    void weights_out_of_bounds_are_refused_on_their_field_and_capacity_is_set_per_person() {
        signInAs("admin@ponte.test");
        PlanningSettingsView view = navigate(PlanningSettingsView.class);
        view.urgency.setValue(7);
        test(view.saveWeights).click();
        assertThat(view.urgency.isInvalid()).isTrue();
        assertThat(view.urgency.getErrorMessage()).isEqualTo("Each weight goes from 0 to 5.");

        var people = test(view.capacity);
        int diana = IntStream.range(0, people.size()).filter(i -> people.getRow(i).email().equals("dev@ponte.test"))
                .findFirst().orElseThrow();
        CapacityEntry before = people.getRow(diana);
        people.select(diana);
        try {
            view.days.setValue(new BigDecimal("5.5"));
            test(view.saveDays).click();
            assertThat(view.days.isInvalid()).isTrue();
            view.days.setValue(new BigDecimal("2.5"));
            test(view.saveDays).click();
            assertThat(view.capacityMessage.getText()).startsWith("The team now gives");
            assertThat(lastToast()).isEqualTo("Capacity of " + before.displayName() + " saved.");
            assertThat(test(view.capacity).getRow(diana).daysPerWeek()).isEqualByComparingTo("2.5");
        } finally {
            // Capacity is shared by every test: Diana's days go back.
            SignedIn.run(users, "admin@ponte.test", () -> capacities.set(before.accountId(), before.daysPerWeek(),
                    capacities.list().stream().filter(c -> c.accountId() == before.accountId()).findFirst()
                            .orElseThrow().version()));
        }
    }

    @Test
    void a_team_member_may_tune_capacity_but_not_the_weights_and_is_told_why() {
        signInAs("lead@ponte.test");
        PlanningSettingsView view = navigate(PlanningSettingsView.class);

        assertThat(view.reach.getParent().orElseThrow().getElement().isEnabled()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("weights-admins-only").getText())
                .startsWith("Only administrators change the weights");
        assertThat(view.saveDays.isEnabled()).isTrue();
    }

    @Test
    void the_request_page_shows_the_team_the_score_and_the_requester_a_plain_words_conflict_notice() {
        fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(350), clock.today().plusDays(352), "Visit");
        long id = fixtures.change("marketing@ponte.test", "Visit board", clock.today().plusDays(351), "Real-time reporting");

        signInAs("lead@ponte.test");
        UI.getCurrent().navigate("requests/" + id);
        assertThat($(Div.class).id("score-panel").getElement().getTextRecursively()).contains("Position",
                "Reach", "points");

        signInAs("marketing@ponte.test");
        UI.getCurrent().navigate("requests/" + id);
        assertThat($(Div.class).withId("score-panel").exists()).isFalse();
        assertThat($(Div.class).id("conflict-notices").getElement().getTextRecursively())
                .contains("another organisation has frozen Real-time reporting")
                .doesNotContain("Sales");
    }
}
