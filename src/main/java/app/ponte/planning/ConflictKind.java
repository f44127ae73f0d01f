package app.ponte.planning;

/** What collides. */
public enum ConflictKind {
    /** An open change asked for a date inside another organisation's freeze window on the same system. */
    FREEZE_CLASH,
    /** Accepted work scheduled on a system while an organisation that depends on it has a freeze window. */
    FREEZE_PLANNED,
    /** Accepted work the team's capacity cannot finish before its date, given what ranks above it. */
    CAPACITY;

    public String labelKey() {
        return "conflict.kind." + name();
    }
}
