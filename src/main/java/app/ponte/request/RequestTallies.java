package app.ponte.request;

import java.util.List;

/**
 * The dashboard's figures over requests: counts and short lists taken with the same conditions as the request
 * lists ({@link RequestConditions}), so that a figure equals the count of the list it leads to. Aggregate queries
 * only (COUNT / GROUP BY, or a few keyed rows), never entities loaded to be counted.
 */
interface RequestTallies {

    /** How many requests the filter finds (every organisation's unless the filter names one). */
    long count(RequestFilter filter);

    /** How many requests the filter finds in each status and kind (pairs without any are left out). */
    List<StatusKindCount> countByStatusAndKind(RequestFilter filter);

    /** How many requests the filter finds per organisation, the most first, at most {@code limit} organisations. */
    List<OrganisationCount> countByOrganisation(RequestFilter filter, int limit);

    /** The {@code limit} requests the filter finds that were filed first. */
    List<OpenRequest> oldest(RequestFilter filter, int limit);
}
