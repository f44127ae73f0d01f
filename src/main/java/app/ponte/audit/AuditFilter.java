package app.ponte.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the audit view asks for; {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, @Nullable String actorEmailStart, @Nullable String action,
        @Nullable AuditOutcome outcome) {
}
