package app.ponte.dashboard;

import java.util.Map;

/**
 * One organisation's line of the relationship health list: its name and the value of each signal (by the signal's
 * key; a signal without a value for it is absent).
 */
public record HealthRow(long organisationId, String organisationName, Map<String, Long> values) {

    public HealthRow {
        values = Map.copyOf(values);
    }
}
