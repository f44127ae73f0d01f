package app.ponte.oncall;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person paged at one step of an incident's paging. Written inside the transaction that decided it; delivered
 * (in the app and by e-mail with an acknowledge link) after that commit, from this row, so a restart loses
 * nothing: an undelivered row is delivered by the next run of the job.
 */
@Entity
@Table(name = "pages")
class Page extends AbstractEntity {

    /** How long an acknowledge link opens. */
    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    @Column(name = "paging_id", nullable = false)
    private long pagingId;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "step", nullable = false)
    private int step;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "paged_at", nullable = false)
    private Instant pagedAt;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    @Column(name = "token_hash", length = 64)
    private @Nullable String tokenHash;

    @Column(name = "token_expires_at")
    private @Nullable Instant tokenExpiresAt;

    @Column(name = "token_used_at")
    private @Nullable Instant tokenUsedAt;

    protected Page() {
        this.pagedAt = Instant.EPOCH;
    }

    Page(Paging paging, int step, long accountId, Instant now) {
        this.pagingId = paging.id();
        this.requestId = paging.getRequestId();
        this.step = step;
        this.accountId = accountId;
        this.pagedAt = now;
    }

    /** Marks the page delivered, with the hash of the link's token. */
    void delivered(String hash, Instant now) {
        this.deliveredAt = now;
        this.tokenHash = hash;
        this.tokenExpiresAt = now.plus(LINK_LIFETIME);
    }

    /** Delivered to nobody (the person left the team meanwhile): kept, so the job does not try again. */
    void undeliverable(Instant now) {
        this.deliveredAt = now;
    }

    /** Why the link cannot be used now, or null. */
    @Nullable String linkProblemAt(Instant now) {
        if (tokenUsedAt != null) {
            return "USED";
        }
        if (tokenExpiresAt == null || !tokenExpiresAt.isAfter(now)) {
            return "EXPIRED";
        }
        return null;
    }

    void linkUsed(Instant now) {
        this.tokenUsedAt = now;
    }

    long getPagingId() {
        return pagingId;
    }

    long getRequestId() {
        return requestId;
    }

    int getStep() {
        return step;
    }

    long getAccountId() {
        return accountId;
    }

    Instant getPagedAt() {
        return pagedAt;
    }

    @Nullable Instant getDeliveredAt() {
        return deliveredAt;
    }
}
