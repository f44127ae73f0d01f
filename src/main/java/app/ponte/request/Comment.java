package app.ponte.request;

import app.ponte.organisation.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message on a request: public (the requester's organisation and the team read it) or an internal
 * note (the team only). Never edited, so that the conversation stays what people read.
 */
@Entity
@Table(name = "request_comments")
class Comment extends RequestPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Account author;

    @Column(name = "body", nullable = false, length = 8000)
    private String body;

    @Column(name = "internal", nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Comment() {
    }

    Comment(Request request, Account author, String body, boolean internal, Instant createdAt) {
        super(request);
        this.author = author;
        this.body = body;
        this.internal = internal;
        this.createdAt = createdAt;
    }
}
