package app.ponte.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A line of an organisation's promise ledger: what (initiative and milestone), by when (first and current
 * date), when it was made, how it turned out, and every change of date with its reason.
 *
 * @param organisation the name of the organisation told
 * @param daysLate days after the first date told that it was delivered, or is already overdue; 0 when on time
 * @param withdrawnOn the day the organisation's last request left the milestone, with {@code withdrawReason}
 */
public record PromiseEntry(long milestoneId, String organisation, String initiativeTitle, String milestoneTitle, LocalDate firstPromisedOn,
        LocalDate promisedOn, Instant madeAt, @Nullable LocalDate deliveredOn, PromiseState state, long daysLate,
        List<PromiseChangeEntry> changes, @Nullable LocalDate withdrawnOn, @Nullable String withdrawReason) {
}
