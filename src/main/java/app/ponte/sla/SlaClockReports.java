package app.ponte.sla;

import app.ponte.request.RequestReading;
import app.ponte.request.RequestVisibility;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.OrganisationScope;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's SLA clock for the request page. Who may read it is the request's own door
 * ({@link RequestReading#visibility}): the team and the request's organisation read its clock; an organisation
 * that only reads a shared request's public part reads none; anybody else gets "not found", audited by that door.
 */
@Service
@Transactional(readOnly = true)
public class SlaClockReports {

    private final RequestReading requests;
    private final ClockReading reading;
    private final OrganisationScope scope;

    SlaClockReports(RequestReading requests, ClockReading reading, OrganisationScope scope) {
        this.requests = requests;
        this.reading = reading;
        this.scope = scope;
    }

    /** The clock of a request the caller reads in full; empty without a clock. The team also gets its history. */
    @AnyoneSignedIn
    public Optional<ClockReport> forRequest(long requestId) {
        if (requests.visibility(requestId) != RequestVisibility.FULL) {
            return Optional.empty();
        }
        return reading.read(requestId, scope.seesEveryOrganisation());
    }
}
