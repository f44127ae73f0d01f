package app.ponte.meeting;

import app.ponte.base.RejectedInputException;
import app.ponte.security.AdminOnly;
import app.ponte.security.OrganisationScope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews that took place before Ponte kept them (a team bringing its history over, the demo's story): recorded on
 * their own past start, never in the future, so that their minutes and action items can be written afterwards.
 */
@Service
@Transactional(readOnly = true)
public class MeetingHistory {

    private final MeetingRepository meetings;
    private final OrganisationScope scope;
    private final Clock clock;

    MeetingHistory(MeetingRepository meetings, OrganisationScope scope, Clock clock) {
        this.meetings = meetings;
        this.scope = scope;
        this.clock = clock;
    }

    /** The organisation's latest review that started before this instant, whatever its state. */
    @AdminOnly
    public Optional<Long> latestReviewBefore(long organisationId, Instant before) {
        scope.require(organisationId, "meeting.history");
        return meetings.findMinutesLatestReviewBefore(organisationId, before, PageRequest.of(0, 1)).stream()
                .findFirst().map(Meeting::getId);
    }

    /** Records a past review of its own (no series); returns its id. */
    @AdminOnly
    @Transactional
    public long recordPastReview(long organisationId, Instant start, int lengthMinutes, ZoneId zone,
            Set<Long> participantIds) {
        scope.require(organisationId, "meeting.history");
        Instant now = clock.instant();
        if (!start.isBefore(now)) {
            throw new RejectedInputException("start", "meeting.history.future");
        }
        return meetings.save(Meeting.single(organisationId, MeetingKind.REVIEW, null, start, lengthMinutes, zone,
                UUID.randomUUID() + "@ponte", participantIds, now)).getId();
    }
}
