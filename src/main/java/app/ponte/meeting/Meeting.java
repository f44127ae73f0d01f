package app.ponte.meeting;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One meeting with an organisation: an occurrence of its review series ({@code seriesId}, {@code occurrenceOf} =
 * the start the series gave it) or a single workshop. Moving or cancelling it keeps the reason and raises the
 * sequence of its calendar entry; holding it freezes the agenda into the minutes.
 */
@Entity
@Table(name = "meetings")
class Meeting extends AbstractEntity {

    static final int TITLE_MAX = 200;
    static final int REASON_MAX = 1000;
    /** A meeting may be held (its agenda frozen) from this long before it starts, never a week early by mistake. */
    static final Duration HOLD_FROM_BEFORE_START = Duration.ofMinutes(30);

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "series_id")
    private @Nullable Long seriesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private MeetingState state = MeetingState.PLANNED;

    @Column(name = "title", length = TITLE_MAX)
    private @Nullable String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "occurrence_of")
    private @Nullable Instant occurrenceOf;

    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "ics_uid", nullable = false, length = 100)
    private String icsUid;

    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @Column(name = "change_reason", length = REASON_MAX)
    private @Nullable String changeReason;

    @Column(name = "held_at")
    private @Nullable Instant heldAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_participants", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> participantIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Meeting() {
    }

    /** An occurrence of a series: its calendar entry is the series' one, told apart by {@code occurrenceOf}. */
    static Meeting occurrence(MeetingSeries series, Instant start, Instant now) {
        Meeting meeting = new Meeting(series.getOrganisationId(), MeetingKind.REVIEW, null, start,
                series.getLengthMinutes(), series.getZone(), series.getIcsUid(), series.getAttendeeIds(), now);
        meeting.seriesId = series.getId();
        meeting.occurrenceOf = start;
        meeting.icsSequence = series.getIcsSequence();
        return meeting;
    }

    /** A single meeting (a discovery workshop) with its own calendar entry. */
    static Meeting single(long organisationId, MeetingKind kind, String title, Instant start, int lengthMinutes,
            ZoneId zone, String icsUid, Set<Long> participantIds, Instant now) {
        return new Meeting(organisationId, kind, title, start, lengthMinutes, zone, icsUid, participantIds, now);
    }

    private Meeting(long organisationId, MeetingKind kind, @Nullable String title, Instant start, int lengthMinutes,
            ZoneId zone, String icsUid, Set<Long> participantIds, Instant now) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.title = title;
        this.startsAt = start;
        this.lengthMinutes = lengthMinutes;
        this.timeZone = zone.getId();
        this.icsUid = icsUid;
        this.participantIds.addAll(participantIds);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves it (its reason kept); the calendar entry is re-issued. */
    void move(Instant newStart, String reason, Instant now) {
        this.startsAt = newStart;
        this.changeReason = reason;
        changed(now);
    }

    void cancel(String reason, Instant now) {
        this.state = MeetingState.CANCELLED;
        this.changeReason = reason;
        changed(now);
    }

    /**
     * A planned occurrence its series' new rule no longer gives: cancelled quietly, without a reason (that is how a
     * superseded occurrence is told from one cancelled by hand, which always has one). Lists leave it out; its
     * calendar entry goes with the series' re-issued one.
     */
    void supersede(Instant now) {
        this.state = MeetingState.CANCELLED;
        this.changeReason = null;
        changed(now);
    }

    boolean isSuperseded() {
        return state == MeetingState.CANCELLED && changeReason == null && seriesId != null;
    }

    /** A superseded occurrence the series gives again (its rule changed back): planned once more, as the series has it. */
    void reinstate(MeetingSeries series, Instant now) {
        this.state = MeetingState.PLANNED;
        this.startsAt = occurrenceOf == null ? startsAt : occurrenceOf;
        this.lengthMinutes = series.getLengthMinutes();
        this.timeZone = series.getZone().getId();
        replaceParticipants(series.getAttendeeIds(), now);
        changed(now);
    }

    /** The series' attendees changed: a planned occurrence invites the new ones. */
    void replaceParticipants(Set<Long> accountIds, Instant now) {
        participantIds.clear();
        participantIds.addAll(accountIds);
        updatedAt = now;
    }

    /** The series' length changed: a planned occurrence takes it. */
    void lastFor(int minutes, Instant now) {
        this.lengthMinutes = minutes;
        this.updatedAt = now;
    }

    /** Whether it can be held now: still planned, and starting within half an hour or already begun. */
    boolean mayBeHeldAt(Instant now) {
        return state == MeetingState.PLANNED && !now.isBefore(startsAt.minus(HOLD_FROM_BEFORE_START));
    }

    void held(Instant now) {
        this.state = MeetingState.HELD;
        this.heldAt = now;
        this.updatedAt = now;
    }

    private void changed(Instant now) {
        icsSequence++;
        updatedAt = now;
    }

    long getOrganisationId() {
        return organisationId;
    }

    @Nullable Long getSeriesId() {
        return seriesId;
    }

    MeetingKind getKind() {
        return kind;
    }

    MeetingState getState() {
        return state;
    }

    @Nullable String getTitle() {
        return title;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(lengthMinutes));
    }

    @Nullable Instant getOccurrenceOf() {
        return occurrenceOf;
    }

    int getLengthMinutes() {
        return lengthMinutes;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    String getIcsUid() {
        return icsUid;
    }

    int getIcsSequence() {
        return icsSequence;
    }

    @Nullable String getChangeReason() {
        return changeReason;
    }

    @Nullable Instant getHeldAt() {
        return heldAt;
    }

    Set<Long> getParticipantIds() {
        return Set.copyOf(participantIds);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
