package app.ponte.sla;

import java.util.List;

/**
 * How an organisation's SLA held between two instants, counted by the same rule as a month's attainment
 * ({@link SlaAttainment}): the first responses and resolutions settled in the window and the targets missed in it.
 * {@code covered} is false when the organisation has no plan and no target was measured: it has no SLA to report.
 */
public record SlaPeriod(boolean covered, Attainment.Share firstResponse, Attainment.Share resolution,
        List<Attainment.Breach> breaches) {

    public SlaPeriod {
        breaches = List.copyOf(breaches);
    }

    /** Targets met in time, both kinds together. */
    public long met() {
        return (long) firstResponse.withinTarget() + resolution.withinTarget();
    }

    /** Targets missed, both kinds together. */
    public long missed() {
        return (long) firstResponse.measured() + resolution.measured() - met();
    }
}
