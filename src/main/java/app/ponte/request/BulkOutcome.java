package app.ponte.request;

import java.util.List;

/**
 * What a bulk change did: the requests changed, those someone else changed since the list was loaded
 * (left alone, to be checked and redone), and those the change does not fit (e.g. a status they
 * cannot move to), each with its id.
 */
public record BulkOutcome(List<Long> changed, List<Long> changedMeanwhile, List<Long> notApplicable) {
}
