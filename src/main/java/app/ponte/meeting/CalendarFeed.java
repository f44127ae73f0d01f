package app.ponte.meeting;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One person's calendar feed address: only the hash of its token, until it is revoked. */
@Entity
@Table(name = "calendar_feeds")
class CalendarFeed extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    long getAccountId() {
        return accountId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
