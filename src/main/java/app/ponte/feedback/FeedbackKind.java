package app.ponte.feedback;

/** The two forms the feature sends: how one delivery went, and how the relationship goes. */
public enum FeedbackKind {
    /** After a request was resolved or delivered: a rating of 1 to 5, a comment, whether it was resolved. */
    DELIVERY(1, 5, 2),
    /** The periodic relationship survey: 0 to 10, how likely the organisation recommends the team. */
    SURVEY(0, 10, 6);

    private final int lowest;
    private final int highest;
    private final int lowUpTo;

    FeedbackKind(int lowest, int highest, int lowUpTo) {
        this.lowest = lowest;
        this.highest = highest;
        this.lowUpTo = lowUpTo;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** A score this low opens a follow-up for the account manager. */
    public boolean isLow(int score) {
        return score <= lowUpTo;
    }
}
