package app.ponte.planning;

/** How much each input counts in a product request's score, each from {@link #MIN} to {@link #MAX}. */
public record Weights(int reach, int impact, int urgency, int confidence, int effort) {

    public static final int MIN = 0;
    public static final int MAX = 5;

    public int sum() {
        return reach + impact + urgency + confidence + effort;
    }

    /** As the audit trail shows them. */
    public String readable() {
        return "reach " + reach + ", impact " + impact + ", urgency " + urgency + ", confidence " + confidence
                + ", effort " + effort;
    }
}
