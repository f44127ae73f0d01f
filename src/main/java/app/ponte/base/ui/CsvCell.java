package app.ponte.base.ui;

import org.jspecify.annotations.Nullable;

/** A text cell for a CSV export that a spreadsheet never runs as a formula (CSV injection). */
public final class CsvCell {

    private CsvCell() {
    }

    /** The text, with an apostrophe before a leading character a spreadsheet reads as a formula. */
    public static String safe(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
