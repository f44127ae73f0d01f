package app.ponte.organisation;

/**
 * Why a single-use link (invitation, password reset) cannot be used; each has a page of its own. REVOKED: replaced
 * by a newer invitation; WITHDRAWN: revoked by an administrator; DECLINED: the invitee said no.
 */
public enum LinkProblem {
    UNKNOWN, EXPIRED, USED, REVOKED, DECLINED, WITHDRAWN;

    public String messageKey() {
        return "link.problem." + name();
    }
}
