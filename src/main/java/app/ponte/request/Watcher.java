package app.ponte.request;

import app.ponte.organisation.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who is told when a request moves or gets a comment. */
@Entity
@Table(name = "request_watchers")
class Watcher extends RequestPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Watcher() {
    }

    Watcher(Request request, Account account, Instant createdAt) {
        super(request);
        this.account = account;
        this.createdAt = createdAt;
    }
}
