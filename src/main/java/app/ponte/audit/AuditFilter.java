package app.ponte.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the audit view asks for; {@code to} is exclusive. {@code refusal}, when given, keeps the entries of that
 * kind of refusal only (the dashboard's refusals chart leads here with it), on top of the other filters.
 */
public record AuditFilter(Instant from, Instant to, @Nullable String actorEmailStart, @Nullable String action,
        @Nullable AuditOutcome outcome, @Nullable RefusalKind refusal) {

    public AuditFilter(Instant from, Instant to, @Nullable String actorEmailStart, @Nullable String action,
            @Nullable AuditOutcome outcome) {
        this(from, to, actorEmailStart, action, outcome, null);
    }
}
