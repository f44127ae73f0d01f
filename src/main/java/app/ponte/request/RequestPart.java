package app.ponte.request;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/** What a request's history entries, comments and attachments share: their own id and their request. */
@MappedSuperclass
abstract class RequestPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private Request request;

    protected RequestPart() {
    }

    RequestPart(Request request) {
        this.request = request;
    }

    @Nullable Long getId() {
        return id;
    }

    Request getRequest() {
        return request;
    }
}
