package app.ponte.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findBySeriesIdAndOccurrenceOf(long seriesId, Instant occurrenceOf);

    /** A series' planned occurrences the series gave from this instant on (moved ones too). */
    @Query("""
            select m from Meeting m
            where m.seriesId = :seriesId and m.state = app.ponte.meeting.MeetingState.PLANNED
              and m.occurrenceOf >= :from
            order by m.occurrenceOf
            """)
    List<Meeting> findPlannedOccurrencesFrom(long seriesId, Instant from);

    /** Meetings starting at or after {@code from}, soonest first; superseded occurrences left out. */
    @Query("""
            select m from Meeting m
            where m.startsAt >= :from and (:organisationId is null or m.organisationId = :organisationId)
              and not (m.state = app.ponte.meeting.MeetingState.CANCELLED and m.changeReason is null
                       and m.seriesId is not null)
            order by m.startsAt, m.id
            """)
    Slice<Meeting> findListedUpcoming(@Nullable Long organisationId, Instant from, Pageable pageable);

    /** Meetings that started before {@code before}, latest first; superseded occurrences left out. */
    @Query("""
            select m from Meeting m
            where m.startsAt < :before and (:organisationId is null or m.organisationId = :organisationId)
              and not (m.state = app.ponte.meeting.MeetingState.CANCELLED and m.changeReason is null
                       and m.seriesId is not null)
            order by m.startsAt desc, m.id desc
            """)
    Slice<Meeting> findListedPast(@Nullable Long organisationId, Instant before, Pageable pageable);
}
