package app.ponte.audit;

import org.jspecify.annotations.Nullable;

/**
 * Published by a service that changed something an administrator (or client administrator) manages.
 * Recorded in the same transaction, so a change and its audit entry commit or roll back together.
 *
 * @param action what happened, e.g. {@code organisation.update}
 * @param before the state before, readable, null for a creation
 * @param after the state after, null for a removal
 */
public record AdministrativeChange(String action, String targetType, @Nullable Long targetId,
        @Nullable Long organisationId, @Nullable String before, @Nullable String after) {
}
