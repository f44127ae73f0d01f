package app.ponte.report;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One stored progress report: the period it covers and its content as it was when generated (JSON of
 * {@link ReportContent}, see {@link ReportSnapshots}); pages, PDFs and e-mails are made from that snapshot only.
 */
@Entity
@Table(name = "progress_reports")
class ProgressReport extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 20)
    private ReportPeriodKind periodKind;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    /** LONGTEXT: a text column of either database, compatible with a plain string (no LOB handling needed). */
    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "note", length = ProgressReports.NOTE_MAX)
    private @Nullable String note;

    @Column(name = "generated_by")
    private @Nullable Long generatedBy;

    protected ProgressReport() {
    }

    ProgressReport(long organisationId, ReportPeriod period, String content, Instant generatedAt,
            @Nullable String note, @Nullable Long generatedBy) {
        this.organisationId = organisationId;
        this.periodKind = period.kind();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.content = content;
        this.generatedAt = generatedAt;
        this.note = note;
        this.generatedBy = generatedBy;
    }

    void sent(Instant now) {
        sentAt = now;
    }

    long getOrganisationId() {
        return organisationId;
    }

    ReportPeriod period() {
        return new ReportPeriod(periodKind, periodFrom, periodTo);
    }

    String getContent() {
        return content;
    }

    Instant getGeneratedAt() {
        return generatedAt;
    }

    @Nullable Instant getSentAt() {
        return sentAt;
    }

    @Nullable String getNote() {
        return note;
    }

    @Nullable Long getGeneratedBy() {
        return generatedBy;
    }
}
