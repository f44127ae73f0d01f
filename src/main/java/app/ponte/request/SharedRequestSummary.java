package app.ponte.request;

import org.jspecify.annotations.Nullable;

/**
 * Another organisation's request as a supporter or, while it is shared with every organisation, anybody sees
 * it: its title and public description, where it stands, whether it is shared with every organisation, how
 * many organisations support it, and this organisation's own statement if it gave one. Never the
 * requester's identity, comments or files.
 */
public record SharedRequestSummary(long id, RequestKind kind, RequestStatus status, String title, String problem,
        boolean sharedWithAll, long supporters, @Nullable String ownImpact) {
}
