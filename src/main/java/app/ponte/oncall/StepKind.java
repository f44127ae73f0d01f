package app.ponte.oncall;

/** Whom an escalation step pages. */
public enum StepKind {
    /** The person on call (an override's person, else the rota's person of the week). */
    ON_CALL,
    /** The rota's person of the following week: the natural secondary. */
    NEXT_ON_ROTA,
    /** Named team people, e.g. a fixed secondary or the lead(s). */
    PEOPLE;

    public String labelKey() {
        return "oncall.step.kind." + name();
    }
}
