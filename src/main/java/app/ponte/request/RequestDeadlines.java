package app.ponte.request;

import app.ponte.security.InternalToServices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the SLA clocks leave a request's next deadline for the lists (sorting by next breach, the "at risk or
 * breached" filter, the badges). The clocks own the arithmetic; the request keeps only this copy.
 */
@Service
public class RequestDeadlines {

    private final RequestRepository requests;

    RequestDeadlines(RequestRepository requests) {
        this.requests = requests;
    }

    /** Records a request's next deadline, inside the caller's transaction (a clock that changed). */
    @InternalToServices
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long requestId, SupportDeadline deadline) {
        requests.recordDeadline(requestId, deadline.target(), deadline.dueAt(), deadline.atRiskAt(),
                deadline.paused());
    }
}
