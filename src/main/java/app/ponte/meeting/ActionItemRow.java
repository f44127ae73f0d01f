package app.ponte.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action item as lists and the meeting page show it: what, whose (name and side), due when, about which request,
 * done or not; {@code overdue} is open and due before today in the organisation's zone. The team may tick any
 * item; others only their own organisation's side's (they read the team's items of their organisation too).
 */
public record ActionItemRow(long id, long version, long organisationId, String organisationName, long meetingId,
        String text, long ownerId, String ownerName, OwnerSide ownerSide, LocalDate due, @Nullable Long requestId,
        boolean done, boolean overdue) {
}
