package app.ponte.meeting;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A discovery workshop the team plans with an organisation: its title, start, length and people of both sides. */
public record WorkshopDraft(@Nullable Long organisationId, @Nullable String title, @Nullable Instant start,
        int lengthMinutes, Set<Long> participantIds) {

    public WorkshopDraft {
        participantIds = Set.copyOf(participantIds);
    }
}
