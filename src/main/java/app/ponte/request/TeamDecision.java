package app.ponte.request;

import org.jspecify.annotations.Nullable;

/**
 * What the team decided on a request page, saved at once: who works on it and how urgent it is, and a move to
 * another status or a merge into an original (when {@code originalId} is given), with the note the requester
 * reads.
 */
public record TeamDecision(@Nullable Long assigneeId, @Nullable Priority priority, @Nullable RequestStatus moveTo,
        @Nullable Long originalId, @Nullable String note) {
}
