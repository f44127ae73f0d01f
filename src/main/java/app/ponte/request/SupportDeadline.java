package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A support request's next SLA deadline as the lists show it: the earliest target not met yet, when it is due
 * and when it becomes at risk (75 % of its time used), or paused while the team waits for the requester.
 * {@link #NONE} for a request without a clock or with every target met.
 */
public record SupportDeadline(@Nullable SlaTarget target, @Nullable Instant dueAt, @Nullable Instant atRiskAt,
        boolean paused) {

    public static final SupportDeadline NONE = new SupportDeadline(null, null, null, false);

    /** How the deadline stands at {@code now}. */
    public enum Standing {
        NONE, ON_TRACK, AT_RISK, BREACHED, PAUSED;

        public String labelKey() {
            return "sla.standing." + name();
        }
    }

    public Standing standingAt(Instant now) {
        if (target == null || dueAt == null) {
            return Standing.NONE;
        }
        if (paused) {
            return Standing.PAUSED;
        }
        if (!now.isBefore(dueAt)) {
            return Standing.BREACHED;
        }
        return atRiskAt != null && !now.isBefore(atRiskAt) ? Standing.AT_RISK : Standing.ON_TRACK;
    }
}
