package app.ponte.request;

import org.jspecify.annotations.Nullable;

/**
 * How long an open request has waited since it was filed, in whole days: under one, 1 to 7, 8 to 30, 31 to 90,
 * over 90. Each bucket is an age range of the inbox's filters ("older than" its lower bound, "newer than" its
 * upper one), so that the dashboard's figure and the list it leads to are the same requests.
 */
public enum AgeBucket {
    UNDER_A_DAY(null, 1), A_WEEK(1, 8), A_MONTH(8, 31), A_QUARTER(31, 91), OLDER(91, null);

    private final @Nullable Integer olderThanDays;
    private final @Nullable Integer newerThanDays;

    AgeBucket(@Nullable Integer olderThanDays, @Nullable Integer newerThanDays) {
        this.olderThanDays = olderThanDays;
        this.newerThanDays = newerThanDays;
    }

    /** Filed at least this many days ago; null for the youngest bucket. */
    public @Nullable Integer olderThanDays() {
        return olderThanDays;
    }

    /** Filed less than this many days ago; null for the oldest bucket. */
    public @Nullable Integer newerThanDays() {
        return newerThanDays;
    }

    /** The inbox's filter for this bucket's open requests. */
    public RequestFilter filter() {
        return new RequestFilter("", null, null, null, null, false, null, olderThanDays, null, true, false,
                newerThanDays, false);
    }

    public String labelKey() {
        return "dashboard.requests.age." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
