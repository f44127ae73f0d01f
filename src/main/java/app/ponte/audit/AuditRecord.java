package app.ponte.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit trail entry as the audit view shows it. */
public record AuditRecord(long id, Instant occurredAt, String actorEmail, String action, AuditOutcome outcome,
        String targetType, @Nullable Long targetId, @Nullable Long organisationId, @Nullable String before,
        @Nullable String after) {
}
