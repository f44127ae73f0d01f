package app.ponte.roadmap.ui;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.planning.Confidence;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.InitiativeOverview.MilestoneOverview;
import app.ponte.roadmap.SharedInitiatives;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The team's dialogs ask before saving roadmap text that names an organisation another organisation will read,
 * list the names, save once confirmed and save nothing (keeping the text) when the team goes back to reword.
 */
class MentionWarningTest extends UiTest {

    private static final String RENAMED = "Aurora pick lists after Finance's audit";

    @Autowired
    SharedInitiatives shared;
    @Autowired
    TestClock clock;

    @Test
    void naming_another_client_in_a_clients_milestone_asks_first_and_going_back_saves_nothing_but_keeps_the_text() {
        shared.create("Shared warning hub", false);
        signInAs(LEAD);
        RoadmapView view = navigate(RoadmapView.class);
        MilestoneDialog dialog = planAurora(view, "Shared warning hub");

        dialog.title.setValue(RENAMED);
        test(dialog.save).click();
        ConfirmDialogTester warning = warning();
        assertThat(warning.getHeader()).isEqualTo("Another organisation will read these names");
        assertThat(warning.getText()).as("names who reads the text")
                .startsWith("This text names Finance, and it is read by Aurora Commerce.");
        warning.confirm(); // "Go back and reword"
        roundTrip();

        assertThat(dialog.title.getValue()).isEqualTo(RENAMED);
        assertThat(auroraMilestone(view, "Shared warning hub").title()).isEqualTo("Aurora pick lists");

        test(dialog.save).click();
        warning().reject(); // "Save as written"
        roundTrip();
        assertThat(dialog.message.getText()).isEqualTo("Saved.");
        assertThat(milestoneTitles(view, "Shared warning hub")).contains(RENAMED);
    }

    @Test
    void naming_only_the_organisation_that_reads_the_milestone_saves_without_a_question() {
        shared.create("Shared quiet hub", false);
        signInAs(LEAD);
        RoadmapView view = navigate(RoadmapView.class);
        MilestoneDialog dialog = planAurora(view, "Shared quiet hub");

        dialog.title.setValue("Pick lists for Aurora Commerce");
        test(dialog.save).click();
        roundTrip();

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(milestoneTitles(view, "Shared quiet hub")).contains("Pick lists for Aurora Commerce");
    }

    @Test
    void a_date_reason_naming_a_departments_freeze_is_committed_once_the_team_confirms() {
        // Meridian's milestone: Aurora's ledger keeps the demo's one changed date, which other tests read.
        shared.create("Shared freeze hub", false);
        signInAs(LEAD);
        RoadmapView view = navigate(RoadmapView.class);
        MilestoneDialog dialog = plan(view, "Shared freeze hub", "Meridian");

        dialog.date.setValue(clock.today().plusDays(210));
        dialog.reason.setValue("Sales freezes invoicing until the quarter closes");
        test(dialog.commit).click();
        ConfirmDialogTester warning = warning();
        assertThat(warning.getText()).contains("Sales");
        warning.reject(); // "Save as written"
        roundTrip();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(milestone(view, "Shared freeze hub", "Meridian").committedOn())
                .isEqualTo(clock.today().plusDays(210));
    }

    @Test
    void a_public_initiative_naming_a_department_asks_first_and_going_back_creates_nothing() {
        signInAs(LEAD);
        RoadmapView view = navigate(RoadmapView.class);
        InitiativeDialog create = view.initiativeDialog();
        create.open(null);
        roundTrip();
        create.title.setValue("Launch tracking for everyone");
        create.summary.setValue("Ready before Marketing's spring launch");
        create.publicItem.setValue(true);
        create.confidence.setValue(Confidence.MEDIUM);
        create.endsOn.setValue(clock.today().plusDays(200));

        test(create.save).click();
        ConfirmDialogTester warning = warning();
        assertThat(warning.getText()).contains("Marketing");
        warning.confirm(); // "Go back and reword"
        roundTrip();

        assertThat(create.isOpened()).isTrue();
        assertThat(create.summary.getValue()).isEqualTo("Ready before Marketing's spring launch");
        view.reload();
        assertThat(view.shown()).extracting(InitiativeOverview::title).doesNotContain("Launch tracking for everyone");
    }

    private ConfirmDialogTester warning() {
        roundTrip();
        return test(ConfirmDialogTester.class, find(ConfirmDialog.class).single());
    }

    private MilestoneDialog planAurora(RoadmapView view, String initiative) {
        return plan(view, initiative, "Aurora");
    }

    /** The plan dialog of the initiative's milestone whose title starts so, open. */
    private MilestoneDialog plan(RoadmapView view, String initiative, String titleStart) {
        MilestoneDialog dialog = view.milestoneDialog();
        dialog.open(initiative(view, initiative), milestone(view, initiative, titleStart));
        roundTrip();
        return dialog;
    }

    private MilestoneOverview auroraMilestone(RoadmapView view, String initiative) {
        return milestone(view, initiative, "Aurora");
    }

    private MilestoneOverview milestone(RoadmapView view, String initiative, String titleStart) {
        return initiative(view, initiative).milestones().stream().filter(m -> m.title().startsWith(titleStart))
                .findFirst().orElseThrow();
    }

    private java.util.List<String> milestoneTitles(RoadmapView view, String initiative) {
        return initiative(view, initiative).milestones().stream().map(MilestoneOverview::title).toList();
    }

    /** The initiative as the page shows it after a reload, showing more pages until it is there. */
    private InitiativeOverview initiative(RoadmapView view, String title) {
        view.reload();
        while (view.shown().stream().noneMatch(i -> i.title().equals(title)) && view.more.isVisible()) {
            test(view.more).click();
        }
        return view.shown().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }
}
