package app.ponte.roadmap;

import app.ponte.planning.Confidence;
import java.time.LocalDate;

/** An open milestone with its committed day and its initiative's confidence, as a dashboard lists what is coming. */
public record ComingMilestone(long milestoneId, long initiativeId, String initiative, String milestone,
        LocalDate committedOn, Confidence confidence) {
}
