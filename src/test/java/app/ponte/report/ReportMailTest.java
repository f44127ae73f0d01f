package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.base.TranslationProvider;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportMailTest {

    private static final String LINK = "https://ponte.test/reports/12";
    private final ReportDocuments documents = new ReportDocuments(new TranslationProvider());

    @Test
    void the_plain_text_carries_the_key_figures_the_note_and_the_link() {
        String text = documents.mailText(ReportFixtures.november(), Locale.UK, "Black Friday is next.", LINK);

        assertThat(text).contains("Aurora Commerce: progress report, November 2026", "Delivered: 2", "Slipped: 2",
                "Open requests: 6", "Support targets met: 90%", "Satisfaction: 4.3 of 5", "A note from the team",
                "Black Friday is next.", LINK, "attached as a PDF");
    }

    @Test
    void a_portuguese_contact_reads_it_in_portuguese_with_brazilian_numbers() {
        String text = documents.mailText(ReportFixtures.november(), TranslationProvider.BRAZILIAN_PORTUGUESE, null, LINK);

        assertThat(text).contains("relatório de progresso, novembro de 2026", "Entregues: 2", "Pedidos abertos: 6",
                "Satisfação: 4,3 de 5", LINK).doesNotContain("Um recado da equipe", "!report.");
    }

    @Test
    void the_html_escapes_every_text_people_wrote_and_loads_nothing_from_elsewhere() {
        ReportContent hostile = renamed(ReportFixtures.november(), "<script>alert(1)</script> & Co");
        String html = documents.mailHtml(hostile, Locale.UK, "<img src=x onerror=alert(2)> Olá", LINK + "?a=1&b=\"2\"");

        assertThat(html).doesNotContain("<script", "<img", "<style", "<link", "url(")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co: progress report, November 2026",
                        "&lt;img src=x onerror=alert(2)&gt; Olá", "href=\"https://ponte.test/reports/12?a=1&amp;b=&quot;2&quot;\"",
                        "Delivered", "90%", "4.3 of 5");
        assertThat(html.replaceAll("style=\"[^\"]*\"", "")).doesNotContain("class=");
    }

    @Test
    void figures_that_do_not_exist_for_the_organisation_are_left_out() {
        String text = documents.mailText(ReportFixtures.quiet(), Locale.UK, null, LINK);

        assertThat(text).contains("Delivered: 0", "Slipped: 0", "Open requests: 0")
                .doesNotContain("Support targets met", "Satisfaction", "A note from the team");
    }

    private static ReportContent renamed(ReportContent content, String name) {
        return new ReportContent(content.organisationId(), name, content.period(), Instant.EPOCH, content.delivered(),
                content.slipped(), content.next(), content.openByStatus(), content.decisions(), content.actionItems(),
                content.sla(), content.satisfaction(), content.openedClosedPerWeek(), content.promises(),
                List.copyOf(content.burnUps()));
    }
}
