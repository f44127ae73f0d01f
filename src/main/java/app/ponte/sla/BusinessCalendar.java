package app.ponte.sla;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A named business calendar: working periods per weekday in a time zone, and holidays. */
@Entity
@Table(name = "business_calendars")
class BusinessCalendar extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<Hours> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_calendar_holidays", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<Holiday> holidays = new ArrayList<>();

    /** One working period on one weekday; no end means until midnight. */
    @Embeddable
    record Hours(
            @Enumerated(EnumType.STRING) @Column(name = "day_of_week", nullable = false, length = 10) DayOfWeek day,
            @Column(name = "starts_at", nullable = false) LocalTime start,
            @Column(name = "ends_at") @Nullable LocalTime end) {
    }

    /** A day off; a yearly one comes back on the same month and day. */
    @Embeddable
    record Holiday(
            @Column(name = "holiday_on", nullable = false) LocalDate day,
            @Column(name = "yearly", nullable = false) boolean yearly,
            @Column(name = "name", nullable = false, length = 120) String name) {
    }

    protected BusinessCalendar() {
        this.name = "";
        this.timeZone = "UTC";
        this.updatedAt = Instant.EPOCH;
    }

    BusinessCalendar(String name, ZoneId zone, List<Hours> hours, List<Holiday> holidays, Instant now) {
        this.name = name;
        this.timeZone = zone.getId();
        this.hours = new ArrayList<>(hours);
        this.holidays = new ArrayList<>(holidays);
        this.updatedAt = now;
    }

    void change(String name, ZoneId zone, List<Hours> hours, List<Holiday> holidays, Instant now) {
        this.name = name;
        this.timeZone = zone.getId();
        this.hours.clear();
        this.hours.addAll(hours);
        this.holidays.clear();
        this.holidays.addAll(holidays);
        this.updatedAt = now;
    }

    /** The calendar as arithmetic. */
    WorkingTime workingTime() {
        Map<DayOfWeek, List<WorkingTime.Period>> week = new EnumMap<>(DayOfWeek.class);
        for (Hours period : hours) {
            week.computeIfAbsent(period.day(), day -> new ArrayList<>())
                    .add(new WorkingTime.Period(period.start(), period.end()));
        }
        Set<LocalDate> once = new HashSet<>();
        Set<MonthDay> yearly = new HashSet<>();
        for (Holiday holiday : holidays) {
            if (holiday.yearly()) {
                yearly.add(MonthDay.from(holiday.day()));
            } else {
                once.add(holiday.day());
            }
        }
        return new WorkingTime(ZoneId.of(timeZone), week, once, yearly);
    }

    String getName() {
        return name;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    List<Hours> getHours() {
        return List.copyOf(hours);
    }

    List<Holiday> getHolidays() {
        return List.copyOf(holidays);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
