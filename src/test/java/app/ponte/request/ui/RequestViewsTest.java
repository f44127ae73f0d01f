package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.request.Conversation;
import app.ponte.request.IntegrationAnswers;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Severity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The request views as each side uses them: intake, the two lists, and one request's page. */
class RequestViewsTest extends UiTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    Conversation conversations;
    @Autowired
    TestClock clock;

    @Test
    void the_intake_asks_only_what_the_chosen_kind_needs() {
        signInAs("leo@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        assertThat(view.form.isVisible()).isFalse();

        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.BUG));
        assertThat(view.severity.isVisible()).isTrue();
        assertThat(view.steps.isVisible()).isTrue();
        assertThat(view.affectedPeople.isVisible()).isFalse();
        assertThat(view.personalData.isVisible()).isFalse();
        assertThat(view.organisation.isVisible()).isFalse();

        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.INTEGRATION));
        assertThat(view.personalData.isVisible()).isTrue();
        assertThat(view.affectedPeople.isVisible()).isTrue();
        assertThat(view.severity.isVisible()).isFalse();
        assertThat(view.problem.getLabel()).isEqualTo("What should the integration achieve?");
    }

    @Test
    void a_missing_answer_is_marked_on_its_field_and_everything_typed_stays() {
        signInAs("leo@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.BUG));
        test(view.title).setValue("Search returns nothing");
        test(view.problem).setValue("Any search term returns an empty page.");
        test(view.affectedSystem).setValue("Catalogue API");
        test(view.steps).setValue("Search for 'shoes'.");
        test(view.occurringSince).setValue("This morning");

        test(view.file).click();

        assertThat(view.severity.isInvalid()).isTrue();
        assertThat(view.severity.getErrorMessage()).isEqualTo("Choose how severe it is.");
        assertThat(view.title.getValue()).isEqualTo("Search returns nothing");
        assertThat(view.problem.getValue()).isEqualTo("Any search term returns an empty page.");

        test(view.severity).selectItem(view.severity.getItemLabelGenerator().apply(Severity.HIGH));
        test(view.file).click();

        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
        assertThat(find(H2.class).id(RequestHeading.TITLE_ID).getText()).isEqualTo("Search returns nothing");
        assertThat(status()).isEqualTo("New");
    }

    @Test
    void a_bug_names_a_catalogue_system_from_the_organisations_own_and_the_page_shows_it() {
        signInAs("leo@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.BUG));
        assertThat(view.systems.isVisible()).isTrue();
        assertThat(view.systems.getListDataView().getItems().map(s -> s.name()).toList())
                .contains("Orders API").doesNotContain("Employee directory");
        test(view.title).setValue("Payment webhook lost");
        test(view.problem).setValue("Paid orders stay unpaid in our shop.");
        view.systems.setValue(view.systems.getListDataView().getItems()
                .filter(s -> s.name().equals("Orders API")).collect(java.util.stream.Collectors.toSet()));
        test(view.severity).selectItem(view.severity.getItemLabelGenerator().apply(Severity.HIGH));
        test(view.steps).setValue("Pay, wait for the webhook.");
        test(view.occurringSince).setValue("Yesterday");

        test(view.file).click();

        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
        assertThat(find(RequestAnswers.class).id(RequestAnswers.ID).getElement().getTextRecursively())
                .contains("Orders API");
    }

    @Test
    void the_team_assesses_an_integration_and_the_requester_reads_the_decision_but_not_the_internal_notes() {
        long id = SignedIn.as(users, "leo@aurora.test", () -> intake.file(RequestDraft.integration(
                "Stock sync with our ERP", "Stock differs between systems",
                ProductAnswers.of("Warehouse", "Hourly sync", "Fewer oversold items"),
                new IntegrationAnswers("ERP", "Stock levels", false))));
        signInAs("lead@ponte.test");
        RequestView page = navigate("requests/" + id, RequestView.class);
        var form = page.assessment;
        test(form.feasibility).setValue("Feasible through the ERP's REST API");
        form.optimistic.setValue(new BigDecimal("3"));
        form.likely.setValue(new BigDecimal("2"));
        form.pessimistic.setValue(new BigDecimal("8"));
        test(form.securityImpact).setValue("A read-only service account");
        test(form.risk).selectItem("Medium");
        test(form.decision).selectItem("Accepted");
        test(form.reasoning).setValue("We can start after the peak season.");
        test(form.internalNotes).setValue("Their ERP vendor is slow to answer.");

        test(form.save).click();
        assertThat(form.likely.isInvalid()).isTrue();

        form.likely.setValue(new BigDecimal("5"));
        test(form.save).click();
        assertThat(form.outcome.getText()).startsWith("Accepted. Effort: 3 to 8 days, most likely 5.");

        signInAs("leo@aurora.test");
        RequestView asRequester = navigate("requests/" + id, RequestView.class);
        assertThat(asRequester.assessment.outcome.getText()).contains("We can start after the peak season.");
        assertThat(asRequester.assessment.form.isVisible()).isFalse();
        assertThat(asRequester.getElement().getTextRecursively()).doesNotContain("ERP vendor is slow");
    }

    @Test
    void our_requests_lists_the_own_organisations_requests_and_the_inbox_every_organisations() {
        long aurora = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Aurora asks")));
        long meridian = SignedIn.as(users, "rita@meridian.test", () -> intake.file(question("Meridian asks")));

        signInAs("ana@aurora.test");
        RequestListView ours = navigate(RequestListView.class);
        assertThat(ids(ours.requests.grid)).contains(aurora).doesNotContain(meridian);

        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        assertThat(ids(inbox.requests.grid)).contains(aurora, meridian);
        test(inbox.requests.search).setValue("meridian asks");
        assertThat(ids(inbox.requests.grid)).contains(meridian).doesNotContain(aurora);
    }

    @Test
    void the_csv_export_holds_what_the_list_shows_in_the_viewers_language_and_nothing_of_other_organisations() {
        SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("=Formula in a title")));
        SignedIn.as(users, "rita@meridian.test", () -> intake.file(question("Meridian export secret")));
        signInAs("ana@aurora.test");
        RequestListView ours = navigate(RequestListView.class);
        test(ours.requests.kind).selectItem("Question");

        var csv = new ByteArrayOutputStream();
        test(ours.requests.export).download(csv);

        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"#\",Title,Kind,Status,Organisation,Requester,Assignee,Priority,Filed");
        assertThat(text).contains("'=Formula in a title", "Aurora Commerce", "Question")
                .doesNotContain("Meridian", "Bug");
    }

    @Test
    void the_requester_sees_public_comments_only_and_no_team_actions_while_the_team_sees_its_notes() {
        long id = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Rate limits?")));
        SignedIn.run(users, "lead@ponte.test", () -> {
            conversations.comment(id, "100 calls per second per key.", false);
            conversations.comment(id, "Check whether Aurora needs a higher tier.", true);
        });

        signInAs("leo@aurora.test");
        RequestView asClient = navigate("requests/" + id, RequestView.class);
        assertThat(messages().getElement().getTextRecursively())
                .contains("100 calls per second per key.").doesNotContain("higher tier");
        assertThat(asClient.teamActions.isVisible()).isFalse();
        assertThat(asClient.conversation.audience.isVisible()).isFalse();
        assertThat(asClient.requesterActions.withdraw.isVisible()).isTrue();

        signInAs("lead@ponte.test");
        RequestView asTeam = navigate("requests/" + id, RequestView.class);
        assertThat(messages().getElement().getTextRecursively()).contains("higher tier", "internal note");
        assertThat(asTeam.teamActions.isVisible()).isTrue();
        assertThat(asTeam.requesterActions.withdraw.isVisible()).isFalse();
    }

    @Test
    void while_typing_a_title_similar_requests_are_offered() {
        long existing = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Invoice PDF layout")));
        signInAs("ana@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.QUESTION));
        assertThat(view.similar.isVisible()).isFalse();

        test(view.title).setValue("Change the invoice layout");

        assertThat(view.similar.isVisible()).isTrue();
        assertThat(view.similar.list.getElement().getTextRecursively()).contains("#" + existing + " Invoice PDF layout");
    }

    @Test
    void another_organisation_opening_a_shared_request_sees_only_its_public_part_and_adds_its_support() {
        long id = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Faster label printing")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(id, true, reading.details(id).version()));

        signInAs("rita@meridian.test");
        RequestView page = navigate("requests/" + id, RequestView.class);
        assertThat(page.full.isVisible()).isFalse();
        assertThat(page.sharedPanel.heading.getText()).isEqualTo("Faster label printing");
        assertThat(page.sharedPanel.getElement().getTextRecursively()).doesNotContain("Leo", "Aurora");

        test(page.sharedPanel.impact).setValue("Our branches print 2,000 labels a day");
        test(page.sharedPanel.support).click();

        assertThat(page.sharedPanel.supporters.getText()).endsWith("1");
        assertThat(page.sharedPanel.support.getText()).isEqualTo("Update our statement");
    }

    @Test
    void the_team_saves_a_filter_triages_two_requests_at_once_and_is_told_what_happened() {
        long first = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Bulk UI one")));
        long second = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Bulk UI two")));
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("bulk ui");
        test(inbox.saveFilterAs).click();
        test(inbox.filterName).setValue("Bulk UI");
        test(inbox.saveFilter).click();
        assertThat(inbox.savedFilter.getValue().name()).isEqualTo("Bulk UI");

        var grid = test(inbox.requests.grid);
        assertThat(grid.size()).isEqualTo(2);
        grid.select(0);
        grid.select(1);
        test(inbox.bulkStatus).selectItem("Triaged");
        test(inbox.bulkApply).click();

        assertThat(inbox.bulkOutcome.getText()).startsWith("2 changed; 0 changed by someone else");
        for (long id : List.of(first, second)) {
            assertThat(SignedIn.as(users, "lead@ponte.test", () -> reading.details(id).status()))
                    .isEqualTo(RequestStatus.TRIAGED);
        }
    }

    @Test
    void the_filed_since_filter_keeps_only_requests_filed_from_that_day_in_the_viewers_time_zone() {
        long recent = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Filed today")));
        signInAs("ana@aurora.test");
        RequestListView ours = navigate(RequestListView.class);
        test(ours.requests.search).setValue("filed today");
        assertThat(ids(ours.requests.grid)).contains(recent);

        test(ours.requests.filedSince).setValue(clock.today().plusDays(2));
        assertThat(ids(ours.requests.grid)).doesNotContain(recent);

        test(ours.requests.filedSince).setValue(clock.today().minusDays(1));
        assertThat(ids(ours.requests.grid)).contains(recent);
        assertThat(ours.requests.filedSince.getI18n().getMonthNames()).contains("January");
    }

    @Test
    void a_status_change_after_someone_elses_is_refused_and_the_typed_note_stays() {
        long id = SignedIn.as(users, "leo@aurora.test", () -> intake.file(question("Who owns billing?")));
        signInAs("lead@ponte.test");
        RequestView view = navigate("requests/" + id, RequestView.class);
        long loaded = SignedIn.as(users, "admin@ponte.test", () -> reading.details(id).version());
        SignedIn.run(users, "admin@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, "mine", loaded));
        signInAs("lead@ponte.test");

        TeamActions team = view.teamActions;
        test(team.moveTo).selectItem("Waiting for requester");
        test(team.moveNote).setValue("Please tell us which invoices.");
        test(team.save).click();

        assertThat(find(Paragraph.class).id(RequestView.CONFLICT_ID).isVisible()).isTrue();
        assertThat(team.moveNote.getValue()).isEqualTo("Please tell us which invoices.");
        assertThat(status()).isEqualTo("Triaged");
    }

    @Test
    void another_organisations_request_id_in_the_address_shows_not_found() {
        long id = SignedIn.as(users, "rita@meridian.test", () -> intake.file(question("Meridian only")));
        signInAs("leo@aurora.test");

        navigate("requests/" + id, Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(RequestView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Meridian only");
    }

    @Test
    void a_file_uploaded_with_the_request_is_listed_on_its_page_and_downloads_intact() {
        signInAs("leo@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.QUESTION));
        test(view.title).setValue("Which TLS versions?");
        test(view.problem).setValue("Our scanner reports TLS 1.0.");
        test(view.attachments.upload).upload("scan.txt", "text/plain", "TLS 1.0 enabled on port 443".getBytes());

        test(view.file).click();

        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
        Anchor link = find(Anchor.class).from(find(AttachmentList.class).id("request-attachments")).first();
        assertThat(link.getText()).isEqualTo("scan.txt");
        var downloaded = new ByteArrayOutputStream();
        test(link).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo("TLS 1.0 enabled on port 443");
    }

    @Test
    void a_forbidden_file_is_refused_on_upload_with_the_reason_and_nothing_else_is_lost() {
        signInAs("leo@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.QUESTION));
        test(view.title).setValue("Page attached");

        test(view.attachments.upload).upload("page.txt", "text/plain",
                "<html><body><script>alert(1)</script></body></html>".getBytes());

        assertThat(view.attachments.error.isVisible()).isTrue();
        assertThat(view.attachments.error.getText()).startsWith("page.txt is not accepted: it is text/html.");
        assertThat(view.attachments.files()).isEmpty();
        assertThat(view.title.getValue()).isEqualTo("Page attached");
    }

    private String status() {
        return find(Span.class).id(RequestHeading.STATUS_ID).getText();
    }

    private VerticalLayout messages() {
        return find(VerticalLayout.class).id(RequestConversation.MESSAGES_ID);
    }

    private List<Long> ids(Grid<RequestSummary> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(row -> rows.getRow(row).id()).toList();
    }

    private static RequestDraft question(String title) {
        return RequestDraft.simple(RequestKind.QUESTION, title, "Details of " + title);
    }
}
