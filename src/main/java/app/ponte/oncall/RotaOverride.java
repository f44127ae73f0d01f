package app.ponte.oncall;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Somebody on call instead of the rota's person for a while: a holiday, a swap. */
@Entity
@Table(name = "on_call_overrides")
class RotaOverride extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RotaOverride() {
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.reason = "";
        this.createdAt = Instant.EPOCH;
    }

    RotaOverride(long accountId, Instant startsAt, Instant endsAt, String reason, long createdBy, Instant now) {
        this.accountId = accountId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    OnCallSchedule.Span span() {
        return new OnCallSchedule.Span(id(), accountId, startsAt, endsAt);
    }

    long id() {
        Long id = getId();
        return id == null ? 0 : id;
    }

    long getAccountId() {
        return accountId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "account " + accountId + " from " + startsAt + " to " + endsAt + ": " + reason;
    }
}
