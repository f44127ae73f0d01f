package app.ponte.roadmap;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A promised date changed: from, to, why, who, when, and whether the organisation was told. */
@Entity
@Table(name = "promise_changes")
class PromiseChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "promise_id", nullable = false, updatable = false)
    private Promise promise;

    @Column(name = "old_date", nullable = false, updatable = false)
    private LocalDate oldDate;

    @Column(name = "new_date", nullable = false, updatable = false)
    private LocalDate newDate;

    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    /** Who changed it (an account id of the organisation feature). */
    @Column(name = "changed_by_id", nullable = false, updatable = false)
    private long changedById;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "told", nullable = false, updatable = false)
    private boolean told;

    protected PromiseChange() {
    }

    PromiseChange(Promise promise, LocalDate oldDate, LocalDate newDate, String reason, long changedById,
            Instant changedAt, boolean told) {
        this.promise = promise;
        this.oldDate = oldDate;
        this.newDate = newDate;
        this.reason = reason;
        this.changedById = changedById;
        this.changedAt = changedAt;
        this.told = told;
    }

    long promiseId() {
        return promise.getId();
    }

    long changedById() {
        return changedById;
    }

    /** The change as the ledger shows it, with the author's name from {@code names} (by account id). */
    PromiseChangeEntry toEntry(Map<Long, String> names) {
        return new PromiseChangeEntry(oldDate, newDate, reason, names.getOrDefault(changedById, ""), changedAt, told);
    }
}
