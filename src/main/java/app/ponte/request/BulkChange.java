package app.ponte.request;

import org.jspecify.annotations.Nullable;

/**
 * What the team applies to several requests at once. Only what is set changes: an assignee (or, with
 * {@code unassign}, nobody), a status, a priority.
 */
public record BulkChange(@Nullable Long assigneeId, boolean unassign, @Nullable RequestStatus status,
        @Nullable Priority priority) {
}
