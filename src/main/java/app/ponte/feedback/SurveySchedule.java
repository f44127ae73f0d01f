package app.ponte.feedback;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.jspecify.annotations.Nullable;

/**
 * When one organisation receives its next relationship survey: quarterly by default, on a day an administrator
 * may move, or never (turned off: {@code nextOn} null).
 */
@Entity
@Table(name = "survey_schedules")
class SurveySchedule extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "next_on")
    private @Nullable LocalDate nextOn;

    @Column(name = "last_sent_on")
    private @Nullable LocalDate lastSentOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SurveySchedule() {
    }

    /** The default: the first day of the next calendar quarter. */
    SurveySchedule(long organisationId, LocalDate today, Instant now) {
        this.organisationId = organisationId;
        this.nextOn = nextQuarterAfter(today);
        this.updatedAt = now;
    }

    static LocalDate nextQuarterAfter(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3);
    }

    boolean isDueOn(LocalDate today) {
        return nextOn != null && !nextOn.isAfter(today);
    }

    /** A round went out today: the next is due at the start of the next quarter. */
    void sent(LocalDate today, Instant now) {
        lastSentOn = today;
        nextOn = nextQuarterAfter(today);
        updatedAt = now;
    }

    void plan(@Nullable LocalDate next, Instant now) {
        nextOn = next;
        updatedAt = now;
    }

    long getOrganisationId() {
        return organisationId;
    }

    @Nullable LocalDate getNextOn() {
        return nextOn;
    }

    @Nullable LocalDate getLastSentOn() {
        return lastSentOn;
    }
}
