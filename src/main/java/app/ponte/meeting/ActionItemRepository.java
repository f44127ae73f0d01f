package app.ponte.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /** Open items first (the earliest due, hence the overdue, on top), then the done ones: how every list reads. */
    String LIST_ORDER = " order by case when i.doneAt is null then 0 else 1 end, i.dueDay, i.id";

    /** An organisation's open items, earliest due first: the first points of its next agenda. */
    @Query("select i from ActionItem i where i.organisationId = :organisationId and i.doneAt is null"
            + " order by i.dueDay, i.id")
    List<ActionItem> findOpenForAgenda(long organisationId);

    List<ActionItem> findByMeetingIdOrderByIdAsc(long meetingId);

    /** One person's items, within the organisations the caller sees ({@code organisationId} null: all). */
    @Query("select i from ActionItem i where i.ownerId = :ownerId"
            + " and (:organisationId is null or i.organisationId = :organisationId)" + LIST_ORDER)
    Slice<ActionItem> findListedForOwner(long ownerId, @Nullable Long organisationId, Pageable pageable);

    /** The items of one organisation, or of all ({@code organisationId} null: for the team only). */
    @Query("select i from ActionItem i where (:organisationId is null or i.organisationId = :organisationId)"
            + LIST_ORDER)
    Slice<ActionItem> findListedForOrganisation(@Nullable Long organisationId, Pageable pageable);

    /** Items of an organisation's meetings that started in [from, until), held ones only: a report's period. */
    @Query("""
            select i from ActionItem i, Meeting m
            where i.meetingId = m.id and m.organisationId = :organisationId
              and m.state = app.ponte.meeting.MeetingState.HELD and m.startsAt >= :from and m.startsAt < :until
            order by i.dueDay, i.id
            """)
    List<ActionItem> findOfMeetingsHeldBetween(long organisationId, Instant from, Instant until);

    /** Open items due by the horizon whose reminder after the due day has not gone yet: the reminder job's round. */
    @Query("""
            select i from ActionItem i
            where i.doneAt is null and i.dueDay <= :horizon
              and not exists (select r.id from ActionItemReminder r where r.actionItemId = i.id
                              and r.kind = app.ponte.meeting.ReminderKind.AFTER)
            order by i.id
            """)
    List<ActionItem> findRemindable(LocalDate horizon);
}
