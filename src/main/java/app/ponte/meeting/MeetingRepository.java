package app.ponte.meeting;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /**
     * The start of the organisation's latest review held before this instant (the agenda's "since"); the page
     * asks for one row.
     */
    @Query("""
            select m.startsAt from Meeting m
            where m.organisationId = :organisationId and m.kind = app.ponte.meeting.MeetingKind.REVIEW
              and m.state = app.ponte.meeting.MeetingState.HELD and m.startsAt < :before
            order by m.startsAt desc
            """)
    List<Instant> findMinutesPreviousHeldReviewStart(long organisationId, Instant before, Pageable one);

    /** The organisation's latest review that started before this instant, whatever its state (the demo's history). */
    @Query("""
            select m from Meeting m
            where m.organisationId = :organisationId and m.kind = app.ponte.meeting.MeetingKind.REVIEW
              and m.startsAt < :before
            order by m.startsAt desc
            """)
    List<Meeting> findMinutesLatestReviewBefore(long organisationId, Instant before, Pageable one);
    /** Feed: the occurrences (rows) of these series, to draw the moved and cancelled ones. */
    @Query("select m from Meeting m where m.seriesId in :seriesIds and m.occurrenceOf is not null")
    List<Meeting> findFeedOccurrences(Collection<Long> seriesIds);

    /** Feed: the single meetings (workshops) this person takes part in. */
    @Query("select m from Meeting m join m.participantIds p where p = :accountId and m.seriesId is null")
    List<Meeting> findFeedSingles(long accountId);
}
