package app.ponte.sla;

import app.ponte.request.SlaTarget;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A running clock's next deadline: the request (its number and the title the clock copied), the target it runs for,
 * when it is due and when it becomes at risk.
 */
public record ClockDeadline(long requestId, String title, SlaTarget target, Instant dueAt, @Nullable Instant atRiskAt) {
}
