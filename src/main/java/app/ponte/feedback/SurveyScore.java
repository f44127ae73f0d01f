package app.ponte.feedback;

/**
 * One organisation's survey answers, NPS-style: promoters answered 9–10, detractors 0–6; the score is the share
 * of promoters less the share of detractors, from -100 to 100.
 */
public record SurveyScore(long organisationId, String organisationName, long answers, long promoters,
        long detractors) {

    public long netPromoterScore() {
        return answers == 0 ? 0 : Math.round(100.0 * (promoters - detractors) / answers);
    }
}
