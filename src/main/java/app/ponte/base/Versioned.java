package app.ponte.base;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record edited by people who may load it at the same time: a change made on a stale copy is refused,
 * never saved over somebody else's. The one stale-edit check of the codebase.
 */
public interface Versioned {

    long getVersion();

    /** Refuses the change when somebody saved the record after the user loaded it at {@code expectedVersion}. */
    default void requireVersion(long expectedVersion) {
        if (getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }

    /**
     * The same for a record that may not exist yet: the user must have loaded the one that exists (at its
     * version), or seen none ({@code null}) when there is none.
     */
    static void requireVersion(Optional<? extends Versioned> existing, @Nullable Long expectedVersion) {
        if (existing.isPresent() ? expectedVersion == null || existing.get().getVersion() != expectedVersion
                : expectedVersion != null) {
            throw new ConcurrentEditException();
        }
    }
}
