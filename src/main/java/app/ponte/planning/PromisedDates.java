package app.ponte.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The dates organisations were promised for requests, as the roadmap keeps them: planning warns before a move
 * would break one. Declared here and implemented by the roadmap feature, which depends on planning (not the
 * other way round).
 */
public interface PromisedDates {

    /**
     * For each request that a milestone still to deliver carries, the earliest date still promised to the
     * request's organisation; requests without such a promise are left out.
     */
    Map<Long, LocalDate> earliestOpenPromises(Collection<Long> requestIds);
}
