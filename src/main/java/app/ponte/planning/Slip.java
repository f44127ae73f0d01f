package app.ponte.planning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An accepted request that would finish later after a re-ranking, and by how many calendar days.
 *
 * @param brokenPromise the date promised to its organisation that it kept before and would miss after; null if none
 * @param brokenDeadline its deadline (the target or desired date) that it met before and would miss after; null if none
 */
public record Slip(long requestId, String title, String organisationName, LocalDate finishBefore,
        LocalDate finishAfter, int days, @Nullable LocalDate brokenPromise, @Nullable LocalDate brokenDeadline) {

    /** The date is met before and missed after. */
    static boolean breaks(@Nullable LocalDate date, LocalDate before, LocalDate after) {
        return date != null && !before.isAfter(date) && after.isAfter(date);
    }
}
