package app.ponte.meeting;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingOutcomeRepository extends JpaRepository<MeetingOutcome, Long> {

    List<MeetingOutcome> findByMeetingIdOrderBySortOrderAscIdAsc(long meetingId);

    long countByMeetingId(long meetingId);

    /** The decisions of an organisation's meetings held in a period, with the start of the meeting each was taken in. */
    @Query("""
            select new app.ponte.meeting.MeetingOutcomeRepository$HeldOutcome(m.startsAt, o.text)
            from MeetingOutcome o, Meeting m
            where o.meetingId = m.id and m.organisationId = :organisationId
              and m.state = app.ponte.meeting.MeetingState.HELD and m.startsAt >= :from and m.startsAt < :until
              and o.kind = app.ponte.meeting.OutcomeKind.DECISION
            order by m.startsAt, o.sortOrder, o.id
            """)
    List<HeldOutcome> findOutcomesHeldBetween(long organisationId, Instant from, Instant until);

    record HeldOutcome(Instant meetingStart, String text) {
    }
}
