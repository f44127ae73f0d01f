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
            return deliveredOn.isAfter(firstPromisedOn) ? PromiseState.KEPT_LATE : PromiseState.KEPT_ON_TIME;
        }
        boolean cancelled = milestoneStatus == DeliveryStatus.CANCELLED || withdrawnOn != null;
        return cancelled || promisedOn.isBefore(today) ? PromiseState.BROKEN : PromiseState.OPEN;
    }

    /**
     * Days after the first date told that it was delivered, or was overdue when withdrawn or by today;
     * 0 when on time.
     */
    long daysLate(LocalDate today) {
        LocalDate until = deliveredOn != null ? deliveredOn : withdrawnOn != null ? withdrawnOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(firstPromisedOn, until));
    }
}
