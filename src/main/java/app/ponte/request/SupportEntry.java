package app.ponte.request;

import java.time.Instant;

/** Who supports a request and why, as the team reads it. */
public record SupportEntry(String organisationName, String personName, String impact, Instant createdAt) {
}
