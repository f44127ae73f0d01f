package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the CSV export does to cells a spreadsheet would run. */
class CsvCellTest {

    @Test
    void cells_a_spreadsheet_would_take_for_a_formula_are_written_as_text() {
        assertThat(CsvCell.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvCell.safe("+1 555")).isEqualTo("'+1 555");
        assertThat(CsvCell.safe("-2")).isEqualTo("'-2");
        assertThat(CsvCell.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.safe("Checkout fails")).isEqualTo("Checkout fails");
        assertThat(CsvCell.safe(null)).isEmpty();
    }
}
