package app.ponte.request;

import java.time.Instant;

/** An attachment as listed on the request page. */
public record AttachmentInfo(long id, String originalName, String contentType, long sizeBytes, String uploadedBy,
        boolean internal, Instant createdAt) {
}
