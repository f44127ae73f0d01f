package app.ponte.planning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An open conflict whose decision the team asked by a date, as the team's dashboard names it: the request, the
 * organisations on both sides (the same one twice for capacity) and the system.
 */
public record DecisionDue(long conflictId, ConflictKind kind, long requestId, String requestTitle,
        String requesterOrganisation, String affectedOrganisation, @Nullable String systemName, LocalDate decideBy) {
}
