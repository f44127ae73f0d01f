package app.ponte.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The dates that decide how a promise turned out, read without the entity: the summary and the team's
 * delivery record count thousands of them.
 */
record PromiseFacts(LocalDate firstPromisedOn, LocalDate promisedOn, @Nullable LocalDate deliveredOn,
        @Nullable LocalDate withdrawnOn, DeliveryStatus milestoneStatus) {

    /**
     * Kept on time when delivered by the first date told; broken when overdue, its milestone was cancelled,
     * or the organisation's requests were taken out of it.
     */
    PromiseState state(LocalDate today) {
        if (deliveredOn != null) {
            return keptOnTime(firstPromisedOn, deliveredOn) ? PromiseState.KEPT_ON_TIME : PromiseState.KEPT_LATE;
        }
        boolean cancelled = milestoneStatus == DeliveryStatus.CANCELLED || withdrawnOn != null;
        return cancelled || promisedOn.isBefore(today) ? PromiseState.BROKEN : PromiseState.OPEN;
    }

    /**
     * Days after the first date told that it was delivered, or was overdue when withdrawn or by today;
     * 0 when on time.
     */
    long daysLate(LocalDate today) {
        return daysLate(firstPromisedOn, deliveredOn != null ? deliveredOn : withdrawnOn != null ? withdrawnOn : today);
    }

    /** The one rule of "on time": delivered by the first date told (a later date told is a slip). */
    static boolean keptOnTime(LocalDate firstPromisedOn, @Nullable LocalDate deliveredOn) {
        return deliveredOn != null && !deliveredOn.isAfter(firstPromisedOn);
    }

    /**
     * Late: the first date told has passed without the promise being kept by it (delivered later, broken, or
     * still open). A promise whose first date is still ahead is neither on time nor late yet, unless delivered.
     */
    static boolean late(LocalDate firstPromisedOn, @Nullable LocalDate deliveredOn, LocalDate today) {
        return !keptOnTime(firstPromisedOn, deliveredOn) && firstPromisedOn.isBefore(today);
    }

    /** Days from the first date told until a day, 0 when the day is not after it. */
    static long daysLate(LocalDate firstPromisedOn, LocalDate until) {
        return Math.max(0, ChronoUnit.DAYS.between(firstPromisedOn, until));
    }
}
