package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.organisation.PersonOption;
import app.ponte.request.Conversation;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.Priority;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request page and the intake in everyday use: the team chooses between a reply and an internal note and
 * mentions only people who will read it; a status change says first who reads it; withdrawing asks; saving is
 * confirmed next to the button; the intake marks what it requires and groups its questions.
 */
class RequestPageEverydayTest extends UiTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    Conversation conversations;
    @Autowired
    RequestReading reading;

    @Test
    void the_team_replies_by_default_and_is_told_who_reads_the_reply_and_who_reads_an_internal_note() {
        long id = fileAsLeo("Webhook retries?");
        signInAs("lead@ponte.test");
        RequestView page = navigate("requests/" + id, RequestView.class);
        RequestConversation conversation = page.conversation;

        assertThat(conversation.audience.isVisible()).isTrue();
        assertThat(conversation.audience.getSelectedTab()).isSameAs(conversation.reply);
        assertThat(tabText(conversation.reply)).contains("(default)");
        assertThat(conversation.readers.getText()).contains("Aurora Commerce and the team will read it");
        assertThat(conversation.post.getText()).isEqualTo("Send message");

        new TabsTester<>(conversation.audience).select(1);
        assertThat(conversation.writingInternalNote()).isTrue();
        assertThat(conversation.readers.getText()).startsWith("Internal note: only the team will read it.");
        assertThat(conversation.post.getText()).isEqualTo("Add internal note");
        assertThat(conversation.getChildren().anyMatch(c -> c.getElement().getClassList().contains("internal-compose"))).isTrue();

        test(conversation.comment).setValue("Aurora's retries come from their proxy.");
        test(conversation.post).click();

        signInAs("leo@aurora.test");
        RequestView asClient = navigate("requests/" + id, RequestView.class);
        assertThat(asClient.conversation.audience.isVisible()).isFalse();
        assertThat(asClient.conversation.readers.getText()).isEqualTo("Your organisation and the team will read your message.");
        assertThat(messages().getElement().getTextRecursively()).doesNotContain("proxy");
    }

    @Test
    void mentions_offer_only_people_who_will_read_the_message_and_show_highlighted_once_posted() {
        long id = fileAsLeo("Invoice export columns");
        signInAs("lead@ponte.test");
        RequestView page = navigate("requests/" + id, RequestView.class);
        RequestConversation conversation = page.conversation;

        assertThat(emails(conversation)).contains("ana@aurora.test", "dev@ponte.test")
                .doesNotContain("rita@meridian.test", "lead@ponte.test");
        new TabsTester<>(conversation.audience).select(1);
        assertThat(emails(conversation)).contains("dev@ponte.test").doesNotContain("ana@aurora.test", "leo@aurora.test");
        new TabsTester<>(conversation.audience).select(0);

        test(conversation.comment).setValue("Can you check the export?");
        PersonOption ana = conversation.mention.getListDataView().getItems()
                .filter(p -> p.email().equals("ana@aurora.test")).findFirst().orElseThrow();
        conversation.mention.setValue(ana);
        assertThat(conversation.comment.getValue()).isEqualTo("Can you check the export? @ana@aurora.test ");
        assertThat(conversation.mention.getValue()).isNull();
        test(conversation.post).click();

        List<Span> highlighted = find(Span.class).from(messages()).withClassName("mention").all();
        assertThat(highlighted).extracting(Span::getText).containsExactly("@ana@aurora.test");
    }

    @Test
    void mentionable_people_follow_the_request_scope_and_a_client_never_gets_the_team_only_list() {
        long id = fileAsLeo("Rate card");
        List<PersonOption> asClient = SignedIn.as(users, "leo@aurora.test", () -> conversations.mentionable(id, true));
        assertThat(asClient).extracting(PersonOption::email).contains("ana@aurora.test", "lead@ponte.test");
        assertThatThrownBy(() -> SignedIn.as(users, "rita@meridian.test", () -> conversations.mentionable(id, false)))
                .isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    void choosing_a_status_says_before_saving_that_the_requesting_organisation_reads_it_and_saving_confirms_there() {
        long id = fileAsLeo("SFTP drop folder");
        signInAs("lead@ponte.test");
        RequestView page = navigate("requests/" + id, RequestView.class);
        TeamActions team = page.teamActions;
        assertThat(team.requesterReads.isVisible()).isFalse();

        test(team.moveTo).selectItem("Triaged");
        assertThat(team.requesterReads.isVisible()).isTrue();
        assertThat(team.requesterReads.getText()).startsWith("Aurora Commerce will read this");

        test(team.save).click();
        assertThat(team.saved.isVisible()).isTrue();
        assertThat(team.saved.getText()).isEqualTo("Status changed to Triaged.");
        assertThat(team.requesterReads.isVisible()).isFalse();
    }

    @Test
    void withdrawing_is_folded_away_asks_first_and_leaves_the_reason_in_the_history() {
        long id = fileAsLeo("Old dashboard access");
        signInAs("leo@aurora.test");
        RequestView page = navigate("requests/" + id, RequestView.class);
        RequesterActions actions = page.requesterActions;
        assertThat(actions.dangerZone.isOpened()).isFalse();
        assertThat(actions.getChildren().toList().getLast()).isSameAs(actions.dangerZone);

        test(actions.withdrawReason).setValue("We found the report elsewhere.");
        test(actions.withdraw).click();
        ConfirmDialogTester question = test(ConfirmDialogTester.class, find(ConfirmDialog.class).single());
        assertThat(question.getHeader()).isEqualTo("Withdraw request #" + id + "?");
        question.cancel();
        roundTrip();
        assertThat(status()).isEqualTo("New");

        test(actions.withdraw).click();
        test(ConfirmDialogTester.class, find(ConfirmDialog.class).single()).confirm();
        roundTrip();

        assertThat(status()).isEqualTo("Withdrawn");
        assertThat(find(VerticalLayout.class).id(RequestHistory.LINES_ID).getElement().getTextRecursively())
                .contains("We found the report elsewhere.");
        assertThat(actions.saved.getText()).isEqualTo("Your request was withdrawn.");
    }

    @Test
    void a_request_without_files_says_so_under_its_attachments_heading() {
        long id = fileAsLeo("No files here");
        signInAs("leo@aurora.test");
        navigate("requests/" + id, RequestView.class);

        assertThat(find(AttachmentList.class).id("request-attachments").getElement().getTextRecursively())
                .isEqualTo("No files attached yet.");
    }

    @Test
    void the_intake_marks_required_answers_before_sending_and_groups_the_questions_of_the_kind_in_sections() {
        signInAs("leo@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        assertThat(view.getPageTitle()).isEqualTo("New request · Ponte");
        assertThat(view.requiredLegend.getText()).isEqualTo("Answers marked with • are required.");
        assertThat(view.kind.isRequiredIndicatorVisible()).isTrue();

        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.BUG));

        for (HasValue<?, ?> required : List.<HasValue<?, ?>>of(view.title, view.problem, view.severity, view.steps,
                view.occurringSince, view.affectedSystem)) {
            assertThat(required.isRequiredIndicatorVisible()).as(required.toString()).isTrue();
        }
        assertThat(view.desiredDate.isRequiredIndicatorVisible()).isFalse();
        assertThat(visibleSectionHeadings()).containsExactly("What you need", "Systems concerned", "What goes wrong",
                "Files");

        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.QUESTION));
        assertThat(visibleSectionHeadings()).containsExactly("What you need", "Files");
    }

    private List<String> visibleSectionHeadings() {
        return find(Section.class).all().stream().filter(s -> s.isVisible() && s.getParent().orElseThrow().isVisible())
                .map(s -> find(H3.class).from(s).first().getText()).toList();
    }

    private static List<String> emails(RequestConversation conversation) {
        return conversation.mention.getListDataView().getItems().map(PersonOption::email).toList();
    }

    private static String tabText(com.vaadin.flow.component.tabs.Tab tab) {
        return tab.getElement().getTextRecursively();
    }

    @Test
    void the_team_sets_the_priority_and_the_status_with_one_save_and_a_refused_move_saves_neither() {
        long id = fileAsLeo("Nightly export is late");
        signInAs("lead@ponte.test");
        TeamActions team = navigate("requests/" + id, RequestView.class).teamActions;

        test(team.save).click();
        assertThat(team.saved.getText()).startsWith("Nothing has changed");

        test(team.priority).selectItem("High");
        test(team.moveTo).selectItem("Declined");
        test(team.save).click();
        assertThat(team.moveNote.isInvalid()).isTrue();
        assertThat(SignedIn.as(users, "lead@ponte.test", () -> reading.details(id)).triage().priority())
                .as("still what a question proposes at filing").isEqualTo(Priority.NORMAL);

        test(team.moveTo).selectItem("Triaged");
        test(team.save).click();
        var saved = SignedIn.as(users, "lead@ponte.test", () -> reading.details(id));
        assertThat(saved.triage().priority()).isEqualTo(Priority.HIGH);
        assertThat(saved.status()).isEqualTo(RequestStatus.TRIAGED);
        assertThat(team.saved.getText()).isEqualTo("Status changed to Triaged.");
    }

    private long fileAsLeo(String title) {
        return SignedIn.as(users, "leo@aurora.test",
                () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Details of " + title)));
    }

    private String status() {
        return find(Span.class).id(RequestHeading.STATUS_ID).getText();
    }

    private VerticalLayout messages() {
        return find(VerticalLayout.class).id(RequestConversation.MESSAGES_ID);
    }
}
