package app.ponte.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An open milestone whose date proposed by the schedule is later than the one committed (and told). */
public record MilestoneAtRisk(long milestoneId, long initiativeId, String initiative, String milestone,
        LocalDate committedOn, LocalDate proposedOn) {

    /** How many days the schedule's likely finish lies after the committed day. */
    public long daysLate() {
        return ChronoUnit.DAYS.between(committedOn, proposedOn);
    }
}
