package app.ponte.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import app.ponte.report.ReportDocuments;
import app.ponte.report.ReportFixtures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A report's page body as a client reads it: sections in their language, figures, and the charts as images. */
class ReportBodyTest extends UiTest {

    private static final String SVG_DATA = "data:image/svg+xml;base64,";

    @Autowired
    ReportDocuments documents;

    @Test
    void a_client_sees_every_section_the_figures_and_the_three_charts_as_images() {
        signInAs("ana@aurora.test");
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH_UK);

        ReportBody body = new ReportBody(ReportFixtures.november(), documents);
        UI.getCurrent().add(body);

        assertThat(texts(body, H2.class)).containsExactly("Aurora Commerce: progress report, November 2026");
        assertThat(texts(body, H3.class)).containsExactly("Delivered", "Slipped", "What comes next",
                "Open requests by status", "Decisions", "Action items", "Support targets", "Satisfaction", "Charts");
        assertThat(texts(body, ListItem.class)).contains("Gift card balance API (#6), delivered 12 Nov 2026",
                ReportFixtures.HOSTILE + ", delivered 20 Nov 2026", "In progress: 4",
                "Open: Send the load-test results to Aurora. Owner: Lead Ponte (team), due 14 Nov 2026");
        assertThat(String.join(" ", texts(body, com.vaadin.flow.component.html.Span.class)))
                .contains("Delivered", "2", "90%", "4.3 of 5");
        List<Image> charts = all(body, Image.class).toList();
        assertThat(charts).hasSize(3).allSatisfy(image -> assertThat(image.getSrc()).startsWith(SVG_DATA));
        assertThat(charts).extracting(image -> image.getAlt().orElse("")).containsExactly(
                "Requests opened and closed per week", "Promises kept on time and late", "Open milestones: done and scope");
        String burnUp = new String(Base64.getDecoder().decode(charts.get(2).getSrc().substring(SVG_DATA.length())),
                StandardCharsets.UTF_8);
        assertThat(burnUp).startsWith("<?xml").contains("<svg", "&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void a_portuguese_reader_of_a_quiet_period_is_told_each_section_is_empty() {
        signInAs("ana@aurora.test");
        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);

        ReportBody body = new ReportBody(ReportFixtures.quiet(), documents);
        UI.getCurrent().add(body);

        assertThat(texts(body, H3.class)).containsExactly("Entregues", "Atrasados", "Próximos passos",
                "Pedidos abertos por status", "Decisões", "Ações combinadas", "Gráficos");
        assertThat(texts(body, Paragraph.class)).contains("Nada foi entregue neste período.", "Nada atrasou neste período.",
                "Nenhum pedido aberto.");
        assertThat(all(body, ListItem.class)).isEmpty();
        assertThat(all(body, Image.class)).hasSize(3);
    }

    private static List<String> texts(Component root, Class<? extends HasText> type) {
        return all(root, type).map(HasText::getText).toList();
    }

    private static <T> Stream<T> all(Component root, Class<T> type) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(child -> all(child, Component.class)))
                .filter(type::isInstance).map(type::cast);
    }
}
