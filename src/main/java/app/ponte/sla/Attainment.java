package app.ponte.sla;

import app.ponte.request.SlaTarget;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an organisation's SLA held in one month of its own time zone: the share of first responses and of
 * resolutions within target, and every target missed. See {@link SlaAttainment} for which targets a month counts.
 */
public record Attainment(long organisationId, String organisationName, ZoneId zone, YearMonth month,
        Share firstResponse, Share resolution, List<Breach> breaches) {

    /** Targets measured in the month and how many of them were met in time. */
    public record Share(int measured, int withinTarget) {

        public static final Share NONE = new Share(0, 0);

        /** The share met in time, between 0 and 1; null when nothing was measured (not 0 %, not 100 %). */
        public @Nullable Double ratio() {
            return measured == 0 ? null : (double) withinTarget / measured;
        }

        Share plus(boolean within) {
            return new Share(measured + 1, withinTarget + (within ? 1 : 0));
        }
    }

    /**
     * A target missed: the request (its title as the clock copied it), the target, when it was missed (the due time
     * in force then, as the breach recorded it; the clock's due time while the scan has not recorded it yet; never
     * when Ponte happened to notice it), when it was met after all (null while still open) and the recorded cause in
     * structured words (null when none was recorded).
     */
    public record Breach(long requestId, String title, SlaTarget target, Instant missedAt, @Nullable Instant metAt,
            @Nullable String cause) {
    }
}
