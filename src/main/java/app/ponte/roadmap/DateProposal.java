package app.ponte.roadmap;

import java.time.LocalDate;

/** The dates Ponte proposes for a milestone from the schedule of its requests: likely and at the latest. */
public record DateProposal(LocalDate likely, LocalDate latest) {

    boolean covers(LocalDate date) {
        return !date.isBefore(likely) && !date.isAfter(latest);
    }
}
