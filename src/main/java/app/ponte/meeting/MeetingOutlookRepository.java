package app.ponte.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the dashboards read of meetings, as aggregates and single rows: the next review (on the index led by
 * {@code (organisation_id, starts_at)}), the open action items counted (on {@code (organisation_id, done_at,
 * due_day)}), and for the relationship signal the latest held review and the active series per organisation.
 */
interface MeetingOutlookRepository extends Repository<Meeting, Long> {

    @Query("""
            select m.id as id, m.startsAt as startsAt, m.timeZone as timeZone from Meeting m
            where m.organisationId = :organisationId and m.kind = app.ponte.meeting.MeetingKind.REVIEW
              and m.state = app.ponte.meeting.MeetingState.PLANNED and m.startsAt >= :from
            order by m.startsAt, m.id
            """)
    List<Upcoming> findNextReview(long organisationId, Instant from, Limit limit);

    @Query("""
            select count(i) as openCount,
                   coalesce(sum(case when i.dueDay < :today then 1 else 0 end), 0) as overdueCount
            from ActionItem i where i.organisationId = :organisationId and i.doneAt is null
            """)
    ItemCounts countOpenItems(long organisationId, LocalDate today);

    /** The start of each organisation's latest held review before {@code now}. */
    @Query("""
            select m.organisationId as organisationId, max(m.startsAt) as at from Meeting m
            where m.kind = app.ponte.meeting.MeetingKind.REVIEW and m.state = app.ponte.meeting.MeetingState.HELD
              and m.startsAt < :now
            group by m.organisationId
            """)
    List<LatestReview> latestHeldReviews(Instant now);

    /** Each running series' first day and zone. */
    @Query("""
            select s.organisationId as organisationId, s.firstDay as firstDay, s.timeZone as timeZone
            from MeetingSeries s where s.active = true
            """)
    List<SeriesStart> activeSeriesStarts();

    interface Upcoming {
        long getId();

        Instant getStartsAt();

        String getTimeZone();
    }

    interface ItemCounts {
        long getOpenCount();

        long getOverdueCount();
    }

    interface LatestReview {
        long getOrganisationId();

        Instant getAt();
    }

    interface SeriesStart {
        long getOrganisationId();

        LocalDate getFirstDay();

        String getTimeZone();
    }
}
