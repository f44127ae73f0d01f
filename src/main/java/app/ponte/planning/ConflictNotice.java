package app.ponte.planning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a requester's organisation reads about a conflict on its request, in plain words and without the
 * other organisation's name: the kind, the system, the period, and what the team is doing about it.
 */
public record ConflictNotice(ConflictKind kind, @Nullable String systemName, @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn, ConflictHandling handling, @Nullable LocalDate decideBy) {
}
