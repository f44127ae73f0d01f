package app.ponte.planning;

import org.jspecify.annotations.Nullable;

/**
 * An open conflict as a requester's dashboard says it, in the plain words of the request page's notice: on one of
 * the organisation's own requests ({@code requestId} and title given, the page to open), or about its own freeze
 * window, when the work is another organisation's (no request, no name: only the system and the days).
 */
public record ConflictConcern(ConflictNotice notice, @Nullable Long requestId, @Nullable String requestTitle) {

    public boolean ownRequest() {
        return requestId != null;
    }
}
