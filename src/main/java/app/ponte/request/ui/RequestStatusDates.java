package app.ponte.request.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The day a request's status comes with ("Planned for 12 Mar 2027"), from the feature that commits it (the
 * roadmap), so that the request feature shows it without knowing that feature. Implementations are Spring beans.
 */
public interface RequestStatusDates {

    /**
     * The day each of these requests is planned for, by request id; requests the caller may not read, and those
     * without a committed day, are left out.
     */
    Map<Long, LocalDate> daysOf(Collection<Long> requestIds);
}
