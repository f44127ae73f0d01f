package app.ponte.oncall;

/** Why nobody can answer for a while ahead. */
public enum GapKind {
    /** Nobody takes turns. */
    EMPTY_ROTA,
    /** The rota's person of a week is deactivated or no longer on the team, and no override covers for them. */
    ROTA_PERSON_GONE,
    /** An override names somebody deactivated or no longer on the team. */
    OVERRIDE_PERSON_GONE;

    public String labelKey() {
        return "oncall.gap." + name();
    }
}
