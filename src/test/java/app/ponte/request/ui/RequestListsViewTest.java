package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import app.ponte.request.RequestWorkflow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBarTester;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox and "Our requests" as lists to work with: filters first, room for titles, phones. */
class RequestListsViewTest extends UiTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;

    @Test
    void the_inbox_opens_with_open_requests_only_and_the_status_filter_counts_open_and_all() {
        long open = file("Lists count open one");
        long declined = file("Lists count declined one");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(declined, RequestStatus.DECLINED,
                "Out of scope.", reading.details(declined).version()));
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("lists count");

        assertThat(ids(inbox.requests.grid)).containsExactly(open);
        assertThat(test(inbox.requests.status).getSuggestions())
                .contains("Open (1)", "All statuses (2)", "New (1)", "Declined (1)", "Closed (0)");

        test(inbox.requests.status).selectItem("All statuses (2)");

        assertThat(ids(inbox.requests.grid)).containsExactly(declined, open);
    }

    @Test
    void the_bulk_bar_appears_only_while_rows_are_selected_and_is_reset_after_applying() {
        file("Bulk bar one");
        file("Bulk bar two");
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("bulk bar");
        assertThat(inbox.bulkBar.isVisible()).isFalse();

        test(inbox.requests.grid).select(0);
        assertThat(inbox.bulkBar.isVisible()).isTrue();
        assertThat(inbox.bulkSelected.getText()).isEqualTo("1 selected");
        assertThat(inbox.bulkApply.isEnabled()).as("nothing to change chosen yet").isFalse();
        assertThat(inbox.bulkStatus.getLabel()).isEqualTo("Set status");

        test(inbox.bulkStatus).selectItem("Triaged");
        test(inbox.bulkApply).click();

        assertThat(inbox.bulkOutcome.getText()).startsWith("1 changed");
        assertThat(inbox.bulkBar.isVisible()).isFalse();
        assertThat(inbox.bulkStatus.getValue()).isNull();
        assertThat(inbox.requests.grid.getSelectedItems()).isEmpty();
    }

    @Test
    void unticking_a_column_in_the_column_chooser_hides_it_and_ticking_it_shows_it_again() {
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        Grid.Column<RequestSummary> kind = inbox.requests.grid.getColumnByKey("kind");
        assertThat(kind.isVisible()).isTrue();
        assertThat(inbox.requests.grid.getColumnByKey("requester").isVisible()).as("hidden in the inbox at first")
                .isFalse();

        new MenuBarTester<>(inbox.requests.columns.menuBar()).clickItem("Columns", "Kind");
        assertThat(kind.isVisible()).isFalse();

        new MenuBarTester<>(inbox.requests.columns.menuBar()).clickItem("Columns", "Kind");
        assertThat(kind.isVisible()).isTrue();
    }

    @Test
    void the_title_takes_the_room_left_and_its_tooltip_holds_the_whole_title() {
        String longTitle = "A very long title that a narrow column would cut after six characters, said in full";
        file(longTitle);
        signInAs("ana@aurora.test");
        RequestListView ours = navigate(RequestListView.class);
        test(ours.requests.search).setValue("a very long title");

        RequestSummary row = test(ours.requests.grid).getRow(0);
        assertThat(ours.requests.title.getTooltipGenerator().apply(row)).isEqualTo(longTitle);
        assertThat(ours.requests.title.getFlexGrow()).isPositive();
        assertThat(ours.requests.grid.getColumns()).allMatch(Grid.Column::isResizable);
    }

    @Test
    void on_a_phone_rows_become_cards_and_the_filters_fold_behind_one_button_counting_those_on() {
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        RequestGrid list = inbox.requests;

        list.narrow(true);

        assertThat(list.card.isVisible()).isTrue();
        assertThat(list.grid.getColumns()).filteredOn(Grid.Column::isVisible).containsExactly(list.card);
        assertThat(list.filters.toggle().getText()).isEqualTo("Filters");
        test(list.filters.toggle()).click();
        assertThat(list.filters.isOpen()).isTrue();
        test(list.kind).selectItem("Bug");
        test(inbox.unassigned).click();
        assertThat(list.filters.toggle().getText()).isEqualTo("Filters (2)");

        list.narrow(false);
        assertThat(list.card.isVisible()).isFalse();
        assertThat(list.grid.getColumnByKey("title").isVisible()).isTrue();
        assertThat(list.grid.getColumnByKey("requester").isVisible()).as("the chooser's choice comes back").isFalse();
    }

    @Test
    void a_saved_filter_remembers_that_it_lists_open_requests_only() {
        long declined = file("Remembered open only");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(declined, RequestStatus.DECLINED,
                "Out of scope.", reading.details(declined).version()));
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("remembered open");
        test(inbox.saveFilterAs).click();
        test(inbox.filterName).setValue("Open remembered");
        test(inbox.saveFilter).click();
        var saved = inbox.savedFilter.getValue();
        test(inbox.requests.status).selectItem("All statuses (1)");
        assertThat(ids(inbox.requests.grid)).containsExactly(declined);

        inbox.savedFilter.setValue(saved);

        assertThat(inbox.requests.status.getValue()).isEqualTo(StatusChoice.OPEN);
        assertThat(ids(inbox.requests.grid)).isEmpty();
    }

    private long file(String title) {
        return SignedIn.as(users, "leo@aurora.test",
                () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Details of " + title)));
    }

    private List<Long> ids(Grid<RequestSummary> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(row -> rows.getRow(row).id()).toList();
    }
}
