package app.ponte.meeting;

import java.time.Instant;
import java.time.ZoneId;

/** An organisation's next planned review: the meeting (for its page), when it starts and the zone it is held in. */
public record NextReview(long meetingId, Instant start, ZoneId zone) {
}
