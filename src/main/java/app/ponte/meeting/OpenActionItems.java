package app.ponte.meeting;

import java.util.List;

/**
 * An organisation's open action items: how many, how many overdue (due before today in its zone), and the first of
 * them in the lists' order (earliest due, hence the overdue ones, first).
 */
public record OpenActionItems(long open, long overdue, List<ActionItemRow> first) {

    public OpenActionItems {
        first = List.copyOf(first);
    }
}
