package app.ponte.roadmap;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When a request comes, as the roadmap says it to whoever reads the request: the milestone that delivers it and
 * its initiative, the committed (or delivered) day with its reason, and the promise made to the request's
 * organisation with every change of its date.
 *
 * @param firstPromisedOn the first day told to the request's organisation; null while no date was committed
 * @param changes every change of that promise's date, oldest first, with its reason
 */
public record RequestMilestone(long initiativeId, String initiativeTitle, long milestoneId, String milestoneTitle,
        DeliveryStatus status, @Nullable LocalDate committedOn, @Nullable String commitReason,
        @Nullable LocalDate deliveredOn, @Nullable LocalDate firstPromisedOn, List<PromiseChangeEntry> changes) {
}
