package app.ponte.oncall;

/** Why an incident pages the person on call. */
public enum PagingCause {
    /** An incident the team set to priority URGENT (P1). */
    URGENT_INCIDENT,
    /** An incident on a system the catalogue marks critical. */
    CRITICAL_SYSTEM;

    public String labelKey() {
        return "oncall.cause." + name();
    }
}
