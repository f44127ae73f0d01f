package app.ponte.meeting;

import app.ponte.base.AbstractEntity;
import app.ponte.organisation.ReviewCadence;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's review series: its rule (cadence, weekday, for monthly and quarterly cadences the week of the
 * month, 1–4 or -1 for the last), its hour and length in the organisation's zone, from which day, and who attends
 * from both sides. Its calendar entry is {@code icsUid}, re-issued with a higher {@code icsSequence} on every change.
 */
@Entity
@Table(name = "meeting_series")
class MeetingSeries extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false, length = 20)
    private ReviewCadence cadence;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Column(name = "week_of_month")
    private @Nullable Integer weekOfMonth;

    @Column(name = "local_time", nullable = false)
    private LocalTime localTime;

    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "ics_uid", nullable = false, length = 100)
    private String icsUid;

    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_series_attendees", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> attendeeIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingSeries() {
    }

    MeetingSeries(long organisationId, String icsUid, Instant now) {
        this.organisationId = organisationId;
        this.icsUid = icsUid;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets the whole rule at once; a change to a series already announced is a new sequence of its entry. */
    void setRule(ReviewCadence cadence, DayOfWeek dayOfWeek, @Nullable Integer weekOfMonth, LocalTime localTime,
            int lengthMinutes, ZoneId zone, LocalDate firstDay, boolean active, Set<Long> attendeeIds, Instant now) {
        if (getId() != null) {
            icsSequence++;
        }
        this.cadence = cadence;
        this.dayOfWeek = dayOfWeek;
        this.weekOfMonth = weekOfMonth;
        this.localTime = localTime;
        this.lengthMinutes = lengthMinutes;
        this.timeZone = zone.getId();
        this.firstDay = firstDay;
        this.active = active;
        this.attendeeIds.clear();
        this.attendeeIds.addAll(attendeeIds);
        this.updatedAt = now;
    }

    long getOrganisationId() {
        return organisationId;
    }

    ReviewCadence getCadence() {
        return cadence;
    }

    DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    @Nullable Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    LocalTime getLocalTime() {
        return localTime;
    }

    int getLengthMinutes() {
        return lengthMinutes;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    boolean isActive() {
        return active;
    }

    String getIcsUid() {
        return icsUid;
    }

    int getIcsSequence() {
        return icsSequence;
    }

    Set<Long> getAttendeeIds() {
        return Set.copyOf(attendeeIds);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
