package app.ponte.request;

import java.time.Instant;

/** One message of a request's conversation, as the caller may see it. */
public record CommentEntry(long id, String authorName, String body, boolean internal, Instant createdAt) {
}
