package app.ponte.request;

import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** The request lists' query, assembled from the filters given (see {@link app.ponte.base.QueryConditions}). */
interface RequestListing {

    /**
     * A page of requests, newest first; {@code organisationScope} null means every organisation, otherwise
     * that organisation's requests and the ones it supports.
     */
    Slice<RequestSummary> findPage(Long organisationScope, RequestFilter filter, Pageable pageable);

    /** How many requests the filter finds in each status (statuses without any are left out), same scope. */
    Map<RequestStatus, Long> countByStatus(Long organisationScope, RequestFilter filter);
}
