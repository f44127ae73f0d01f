package app.ponte.planning;

/** How sure the team is of its impact and reach estimates; the points it gives the score. */
public enum Confidence {
    LOW(3), MEDIUM(6), HIGH(10);

    private final int points;

    Confidence(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public String labelKey() {
        return "planning.confidence." + name();
    }
}
