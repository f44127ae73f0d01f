package app.ponte.oncall;

/** Where the paging of an incident stands. */
public enum PagingState {
    /** Paged; the next step is paged when nobody acknowledges in time. */
    WAITING,
    /** Every step was paged and nobody acknowledged yet. */
    LAST_STEP,
    /** Somebody paged confirmed they are on it. */
    ACKNOWLEDGED,
    /** The request was delivered or closed before anybody acknowledged: nothing more is paged. */
    CLOSED,
    /** Not paged: its organisation reached its pages per hour; the team was told. */
    WITHHELD;

    public String labelKey() {
        return "oncall.state." + name();
    }
}
