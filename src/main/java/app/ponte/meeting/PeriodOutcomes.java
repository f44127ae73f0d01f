package app.ponte.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * The decisions and action items of one organisation's meetings held in a period (days in the organisation's
 * zone, both inclusive), for its progress report; callers have checked the caller's access already.
 */
public interface PeriodOutcomes {

    List<Decision> decisions(long organisationId, LocalDate from, LocalDate to);

    List<ActionItemLine> actionItems(long organisationId, LocalDate from, LocalDate to);

    /** A decision as written in the minutes, on the day its meeting was held. */
    record Decision(LocalDate day, String text) {
    }

    /** An action item: its text, its owner's name and side, its due day and whether it is done. */
    record ActionItemLine(String text, String ownerName, boolean teamSide, LocalDate due, boolean done) {
    }
}
