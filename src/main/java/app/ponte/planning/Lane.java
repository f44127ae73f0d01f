package app.ponte.planning;

/** The two rankings of the backlog: product requests by score, support requests by severity. */
public enum Lane {
    PRODUCT, SUPPORT;

    public String labelKey() {
        return "planning.lane." + name();
    }
}
