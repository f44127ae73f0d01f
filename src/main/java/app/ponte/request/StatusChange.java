package app.ponte.request;

import app.ponte.organisation.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in a request's visible history: who moved it, when, from where to where, and why. Never changed. */
@Entity
@Table(name = "request_status_changes")
class StatusChange extends RequestPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Account actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private @Nullable RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private RequestStatus toStatus;

    @Column(name = "note", length = 2000)
    private @Nullable String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
    }

    StatusChange(Request request, Account actor, @Nullable RequestStatus fromStatus, RequestStatus toStatus,
            @Nullable String note, Instant changedAt) {
        super(request);
        this.actor = actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
        this.changedAt = changedAt;
    }
}
