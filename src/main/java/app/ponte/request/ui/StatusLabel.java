package app.ponte.request.ui;

import app.ponte.base.ui.Days;
import app.ponte.request.RequestStatus;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request's status as the heading and the lists say it, for their reader: the requester's own organisation reads
 * "Waiting for you" where the team (and a supporting organisation, and every export) reads "Waiting for requester"
 * ({@link RequestStatus#labelKey(boolean)}); a planned request, or one in progress, comes with the day committed for
 * it ({@link RequestStatusDates}); the heading also says when no day is committed yet.
 */
final class StatusLabel {

    private StatusLabel() {
    }

    /** Whether the status is one that comes with a day. */
    static boolean dated(RequestStatus status) {
        return status == RequestStatus.PLANNED || status == RequestStatus.IN_PROGRESS;
    }

    /** The days of those of these requests that have one, from every source there is. */
    static Map<Long, LocalDate> days(List<RequestStatusDates> sources, Collection<Long> requestIds) {
        Map<Long, LocalDate> days = new HashMap<>();
        if (!requestIds.isEmpty()) {
            sources.forEach(source -> days.putAll(source.daysOf(requestIds)));
        }
        return days;
    }

    /**
     * "Planned for 12 Mar 2027", "In progress, due 12 Mar 2027", or the plain word for this reader ({@code
     * requesterSide}: a member of the requesting organisation); {@code sayUndated} says "no date committed yet" for
     * a planned request without a day (the heading; a list keeps it short).
     */
    static String text(Component in, Locale locale, RequestStatus status, @Nullable LocalDate day,
            boolean sayUndated, boolean requesterSide) {
        if (dated(status) && day != null) {
            return in.getTranslation("request.status.dated." + status.name(), Days.format(day, locale));
        }
        if (sayUndated && status == RequestStatus.PLANNED) {
            return in.getTranslation("request.status.undated.PLANNED");
        }
        return in.getTranslation(status.labelKey(requesterSide));
    }
}
