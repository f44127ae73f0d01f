package app.ponte.request;

import org.jspecify.annotations.Nullable;

/**
 * A shared request as another organisation sees it: its title and public description, where it
 * stands, how many organisations support it, and this organisation's own statement if it gave one.
 * Never the requester's identity, comments or files.
 */
public record SharedRequestSummary(long id, RequestKind kind, RequestStatus status, String title, String problem,
        long supporters, @Nullable String ownImpact) {
}
