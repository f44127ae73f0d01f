package app.ponte.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One meeting as pages show it: whose, what kind, its state, when (instants; {@code zone} is the organisation's,
 * where the series computes it), who is invited from each side, why it was moved or cancelled, and its calendar
 * entry ({@code icsUid} with {@code icsSequence}; an occurrence shares its series' uid, told apart by
 * {@code occurrenceOf}).
 */
public record MeetingSummary(long id, long version, long organisationId, String organisationName, MeetingKind kind,
        MeetingState state, @Nullable String title, Instant start, Instant end, ZoneId zone,
        List<MeetingPerson> participants, @Nullable String changeReason, String icsUid, int icsSequence,
        @Nullable Long seriesId, @Nullable Instant occurrenceOf) {

    public int lengthMinutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }
}
