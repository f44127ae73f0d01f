package app.ponte.request;

import java.time.Instant;

/** A request a dashboard names: its number, title, status and when it was filed. */
public record OpenRequest(long id, String title, RequestStatus status, Instant createdAt) {
}
