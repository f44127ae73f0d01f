package app.ponte.report;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** How often one department or client receives its progress report, and whether it receives one at all. */
@Entity
@Table(name = "report_schedules")
class ReportSchedule extends AbstractEntity {

    static final ReportPeriodKind DEFAULT_KIND = ReportPeriodKind.MONTHLY;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 20)
    private ReportPeriodKind periodKind;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReportSchedule() {
    }

    /** The default: monthly, on. */
    ReportSchedule(long organisationId, Instant now) {
        this.organisationId = organisationId;
        this.periodKind = DEFAULT_KIND;
        this.active = true;
        this.updatedAt = now;
    }

    void set(ReportPeriodKind kind, boolean active, Instant now) {
        this.periodKind = kind;
        this.active = active;
        this.updatedAt = now;
    }

    long getOrganisationId() {
        return organisationId;
    }

    ReportPeriodKind getPeriodKind() {
        return periodKind;
    }

    boolean isActive() {
        return active;
    }

    String describe() {
        return periodKind + (active ? "" : " (off)");
    }
}
