package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the CSV export does to cells a spreadsheet would run. */
class RequestCsvTest {

    @Test
    void cells_a_spreadsheet_would_take_for_a_formula_are_written_as_text() {
        assertThat(RequestCsv.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(RequestCsv.safe("+1 555")).isEqualTo("'+1 555");
        assertThat(RequestCsv.safe("-2")).isEqualTo("'-2");
        assertThat(RequestCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RequestCsv.safe("Checkout fails")).isEqualTo("Checkout fails");
        assertThat(RequestCsv.safe(null)).isEmpty();
    }
}
