package app.ponte.meeting;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingMinutesRepository extends JpaRepository<MeetingMinutes, Long> {

    /** The team's whole copy, internal notes included. */
    Optional<MeetingMinutes> findByMeetingId(long meetingId);

    /** What the organisation reads: the internal notes are not even selected. */
    @Query("""
            select new app.ponte.meeting.MeetingMinutesRepository$PublicPart(m.publicNotes, m.version, m.updatedBy,
                m.updatedAt)
            from MeetingMinutes m where m.meetingId = :meetingId
            """)
    Optional<PublicPart> findPublicPartByMeetingId(long meetingId);

    record PublicPart(String publicNotes, long version, long updatedBy, Instant updatedAt) {
    }
}
