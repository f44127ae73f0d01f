package app.ponte.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action item as lists and the meeting page show it: what, whose (name and side), due when, about which request,
 * done or not; {@code overdue} is open and due before today in the organisation's zone. The team ticks any item; the
 * organisation's members only their own side's ({@link OwnerSide#mayBeTickedBy}).
 */
public record ActionItemRow(long id, long version, long organisationId, String organisationName, long meetingId,
        String text, long ownerId, String ownerName, OwnerSide ownerSide, LocalDate due, @Nullable Long requestId,
        boolean done, boolean overdue) {
}
