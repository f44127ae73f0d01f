package app.ponte.planning;

import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import org.jspecify.annotations.Nullable;

/** The board's filters; null means any. */
public record BacklogFilter(@Nullable Long organisationId, @Nullable Long systemId, @Nullable RequestStatus status,
        @Nullable RequestKind kind) {

    public static final BacklogFilter NONE = new BacklogFilter(null, null, null, null);

    boolean isEmpty() {
        return organisationId == null && systemId == null && status == null && kind == null;
    }
}
