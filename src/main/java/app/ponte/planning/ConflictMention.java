package app.ponte.planning;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A conflict as an organisation's agenda names it: what collides, on which system and days, what the team did
 * about it, whether it was found or decided in the window, and when. The request is named only when it is the
 * organisation's own ({@code ownRequest}); on a conflict about its freeze window, another organisation's request
 * stays unnamed. The team's note is never part of it.
 */
public record ConflictMention(ConflictKind kind, ConflictHandling handling, boolean decided, boolean ownRequest,
        @Nullable Long requestId, @Nullable String requestTitle, @Nullable String systemName,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, Instant at) {
}
