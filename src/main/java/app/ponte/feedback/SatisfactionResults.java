package app.ponte.feedback;

import java.util.List;

/**
 * The satisfaction page's figures over the last twelve months: delivery ratings per organisation and month, per
 * team member (for the team only), and the survey scores.
 */
public record SatisfactionResults(List<MonthlyRating> months, List<MemberRating> members, List<SurveyScore> surveys) {
}
