package app.ponte.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.meeting.ActionItems;
import app.ponte.meeting.MeetingPages;
import app.ponte.meeting.MeetingState;
import app.ponte.meeting.Minutes;
import app.ponte.meeting.MinutesFixtures;
import app.ponte.meeting.MinutesFixtures.Client;
import app.ponte.meeting.NewActionItem;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The meeting page: what the team and the organisation each see and do on it. */
class MeetingViewTest extends UiTest {

    static final String TEAM = MinutesFixtures.TEAM;

    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    Minutes minutes;
    @Autowired
    ActionItems items;
    @Autowired
    MeetingPages pages;
    @Autowired
    TestClock clock;

    private long minutedMeeting(Client client) {
        long meeting = fixtures.review(client, clock.instant().minus(Duration.ofHours(2)));
        SignedIn.as(users, TEAM, () -> {
            minutes.save(meeting, "We agreed on the plan.", "Their budget is tight.", null);
            minutes.addOutcome(meeting, "Ship in December");
            return items.create(meeting, new NewActionItem("Share the forecast", client.adminId(),
                    LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK)).plusDays(3), null));
        });
        return meeting;
    }

    @Test
    void a_client_reads_the_public_notes_never_the_internal_ones_and_ticks_its_own_item_done() {
        Client client = fixtures.newClient();
        long meeting = minutedMeeting(client);
        signInAs(client.adminEmail());

        MeetingView view = navigate("meetings/" + meeting, MeetingView.class);
        String page = view.getElement().getTextRecursively();
        test((Checkbox) test(view.items).getCellComponent(0, 0)).click();

        assertThat(view.heading.getText()).isEqualTo("Review with " + client.name());
        assertThat(view.when.getText()).as("a New Yorker reads no second, local time").doesNotContain(client.name());
        assertThat(page).contains("We agreed on the plan.", "Ship in December", "Share the forecast")
                .doesNotContain("Their budget is tight.");
        assertThat(view.minutesPanel.internalNotes.isAttached()).isFalse();
        assertThat(view.minutesPanel.publicNotes.isAttached()).isFalse();
        assertThat(view.hold.isVisible()).isFalse();
        assertThat(view.itemForm.isVisible()).isFalse();
        assertThat(SignedIn.as(users, TEAM, () -> items.ofOrganisation(client.organisationId(), PageRequest.of(0, 5)))
                .getContent().getFirst().done()).isTrue();
    }

    @Test
    void the_team_edits_both_notes_and_holds_the_meeting() {
        Client client = fixtures.newClient();
        long meeting = minutedMeeting(client);
        signInAs(TEAM);

        MeetingView view = navigate("meetings/" + meeting, MeetingView.class);
        assertThat(view.minutesPanel.internalNotes.getValue()).isEqualTo("Their budget is tight.");
        assertThat(view.when.getText()).as("São Paulo reads New York's time too").contains("(" + client.name() + ": ");
        test(view.hold).click();
        ConfirmDialogTester question = test(ConfirmDialogTester.class, find(ConfirmDialog.class).single());
        assertThat(question.getHeader()).isEqualTo(view.getTranslation("meeting.hold.confirm-title"));
        question.confirm();

        assertThat(SignedIn.as(users, TEAM, () -> pages.page(meeting)).state()).isEqualTo(MeetingState.HELD);
        assertThat(view.state.getElement().getTextRecursively()).contains("Held");
        assertThat(view.hold.isVisible()).isFalse();
    }

    @Test
    void a_second_save_of_stale_minutes_says_who_saved_meanwhile_and_keeps_what_was_typed() {
        Client client = fixtures.newClient();
        long meeting = minutedMeeting(client);
        signInAs(TEAM);
        MeetingView view = navigate("meetings/" + meeting, MeetingView.class);
        long version = SignedIn.as(users, TEAM, () -> pages.page(meeting)).minutes().version();
        SignedIn.as(users, "admin@ponte.test", () -> minutes.save(meeting, "The admin's words", "", version));
        signInAs(TEAM);

        test(view.minutesPanel.publicNotes).setValue("My words");
        test(view.minutesPanel.save).click();

        assertThat(view.minutesPanel.conflict.isVisible()).isTrue();
        assertThat(view.minutesPanel.conflict.getText()).startsWith("Changed by ");
        assertThat(view.minutesPanel.publicNotes.getValue()).isEqualTo("My words");
        assertThat(view.getElement().getTextRecursively()).contains("The admin's words");
        test(view.minutesPanel.save).click();
        assertThat(SignedIn.as(users, TEAM, () -> pages.page(meeting)).minutes().publicNotes()).isEqualTo("My words");
    }

    @Test
    void a_client_of_another_organisation_gets_the_not_found_page() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        long meeting = minutedMeeting(client);
        signInAs(other.adminEmail());

        UI.getCurrent().navigate("meetings/" + meeting);

        assertThat(getCurrentView()).isNotInstanceOf(MeetingView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("We agreed on the plan.");
    }
}
