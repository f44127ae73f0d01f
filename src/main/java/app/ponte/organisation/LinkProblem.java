package app.ponte.organisation;

/** Why a single-use link (invitation, password reset) cannot be used; each has a page of its own. */
public enum LinkProblem {
    UNKNOWN, EXPIRED, USED, REVOKED;

    public String messageKey() {
        return "link.problem." + name();
    }
}
