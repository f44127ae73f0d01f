package app.ponte.oncall;

/** Whom an escalation step pages. */
public enum StepKind {
    /** The person on call (an override's person, else the rota's person of the week). */
    ON_CALL,
    /** The rota's person of the following week: the natural secondary. */
    NEXT_ON_ROTA,
    /** Named team people, e.g. a fixed secondary. */
    PEOPLE,
    /** The policy's lead(s): the same people an SLA breach is escalated to. */
    LEADS;

    public String labelKey() {
        return "oncall.step.kind." + name();
    }
}
