package app.ponte.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the meeting page shows: the meeting (its organisation's zone for the local time), its agenda (live while
 * planned, frozen once held), its minutes as the reader may read them, its decisions or needs found, its action items
 * and what the reader may do.
 */
public record MeetingPage(long id, long version, long organisationId, String organisationName, MeetingKind kind,
        MeetingState state, @Nullable String title, Instant startsAt, Instant endsAt, ZoneId organisationZone,
        @Nullable String changeReason, List<AgendaSection> agenda, MinutesText minutes, OutcomeKind outcomeKind,
        List<Outcome> outcomes, List<ActionItemRow> actionItems, Viewer viewer) {

    public MeetingPage {
        agenda = List.copyOf(agenda);
        outcomes = List.copyOf(outcomes);
        actionItems = List.copyOf(actionItems);
    }

    /** A decision or a need found, as written. */
    public record Outcome(long id, OutcomeKind kind, String text) {
    }

    /**
     * What the reader may do: the team writes minutes, outcomes and items and holds the meeting; both sides add
     * agenda points while it is planned.
     */
    public record Viewer(boolean team, boolean mayAddPoint, boolean mayHold) {
    }
}
