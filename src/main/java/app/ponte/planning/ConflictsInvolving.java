package app.ponte.planning;

import java.util.List;

/** The first open conflicts involving an organisation, and how many there are in all. */
public record ConflictsInvolving(List<ConflictConcern> shown, long total) {

    public ConflictsInvolving {
        shown = List.copyOf(shown);
    }
}
