package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import app.ponte.request.RequestWorkflow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request waiting for its requester, said for each reader: its own organisation reads "Waiting for you" (heading,
 * its list, its history); the team reads "Waiting for requester" (heading, inbox, history), in both languages.
 */
class StatusWordsTest extends UiTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    TestClock clock;

    @Test
    void the_team_reads_waiting_for_requester_where_the_requester_reads_waiting_for_you() {
        long id = waiting("Which carriers are supported?");

        signInAs("lead@ponte.test");
        UI.getCurrent().setLocale(Locale.US);
        navigate("requests/" + id, RequestView.class);
        assertThat(heading()).isEqualTo("Waiting for requester");
        assertThat(find(RequestHistory.class).single().getElement().getTextRecursively())
                .contains("Waiting for requester").doesNotContain("Waiting for you");
        InboxView inbox = navigate(InboxView.class);
        assertThat(statusCell(inbox.requests.grid, id)).isEqualTo("Waiting for requester");
        assertThat(inbox.requests.status.getItemLabelGenerator().apply(StatusChoice.of(RequestStatus.WAITING_FOR_REQUESTER)))
                .startsWith("Waiting for requester");

        signInAs("ana@aurora.test");
        UI.getCurrent().setLocale(Locale.US);
        navigate("requests/" + id, RequestView.class);
        assertThat(heading()).isEqualTo("Waiting for you");
        assertThat(find(RequestHistory.class).single().getElement().getTextRecursively()).contains("Waiting for you");
        RequestListView ours = navigate(RequestListView.class);
        assertThat(statusCell(ours.requests.grid, id)).isEqualTo("Waiting for you");
    }

    @Test
    void in_portuguese_the_team_reads_aguardando_o_solicitante_and_the_requester_aguardando_voce() {
        long id = waiting("Quais transportadoras?");

        signInAs("lead@ponte.test");
        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        navigate("requests/" + id, RequestView.class);
        assertThat(heading()).isEqualTo("Aguardando o solicitante");
        assertThat(slaBadge()).endsWith("pausada enquanto aguardamos quem fez o pedido");

        signInAs("leo@aurora.test");
        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        navigate("requests/" + id, RequestView.class);
        assertThat(heading()).isEqualTo("Aguardando você");
        assertThat(slaBadge()).as("the paused clock waits for the reader's own answer")
                .endsWith("pausada até a sua resposta");
    }

    @Test
    void a_requester_s_phone_card_names_the_request_nº_n_in_portuguese() {
        long id = waiting("Rastreio em tempo real?");

        signInAs("leo@aurora.test");
        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        RequestListView ours = navigate(RequestListView.class);
        ours.requests.narrow(true);
        var rows = test(ours.requests.grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id() == id).findFirst().orElseThrow();

        @SuppressWarnings("unchecked")
        var card = (LitRenderer<RequestSummary>) ours.requests.card.getRenderer();
        assertThat(card.getValueProviders().get("number").apply(rows.getRow(row))).isEqualTo("nº " + id);
    }

    private String slaBadge() {
        return find(RequestHeading.class).single().sla.getText();
    }

    private long waiting(String title) {
        long id = SignedIn.as(users, "leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                title, "Details of " + title)));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER,
                "For which country?", reading.details(id).version()));
        return id;
    }

    private String heading() {
        return find(Span.class).id(RequestHeading.STATUS_ID).getText();
    }

    private String statusCell(Grid<RequestSummary> grid, long id) {
        var rows = test(grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id() == id).findFirst().orElseThrow();
        return rows.getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey("status")));
    }
}
