package app.ponte.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An audit trail entry as the audit view shows it.
 *
 * @param organisationId the organisation the target belongs to, where it belongs to one
 * @param clientAddress the address the request came from, null when no request was behind it
 * @param activeOrganisationId the organisation the actor was working in, null for nobody signed in
 * @param activeOrganisationName its name, null when there is none
 */
public record AuditRecord(long id, Instant occurredAt, String actorEmail, String action, AuditOutcome outcome,
        String targetType, @Nullable Long targetId, @Nullable Long organisationId, @Nullable String before,
        @Nullable String after, @Nullable String clientAddress, @Nullable Long activeOrganisationId,
        @Nullable String activeOrganisationName) {
}
