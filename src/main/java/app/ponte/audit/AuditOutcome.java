package app.ponte.audit;

/** Whether the audited action happened, or was refused (for example an id outside the caller's scope). */
public enum AuditOutcome {
    DONE,
    REFUSED
}
