package app.ponte.dashboard;

import java.time.Instant;

/**
 * The last recompute of the relationship health list, for the administrators' job status.
 *
 * @param computedAt the moment the values were measured at
 * @param durationMs how long measuring and storing took
 * @param organisations how many organisations were measured
 * @param values how many values were stored
 */
public record HealthRun(Instant computedAt, long durationMs, int organisations, int values) {
}
