package app.ponte.organisation;

import app.ponte.security.TeamOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations the team works for: the active departments and clients (never the team's own). Other
 * features ask here, by id, whether the team can act on one's behalf, e.g. file a request for it.
 */
@Service
@Transactional(readOnly = true)
public class ServedOrganisations {

    private final OrganisationRepository organisations;

    ServedOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Whether this is an active department or client. */
    @TeamOnly
    public boolean includes(long organisationId) {
        return organisations.findById(organisationId)
                .filter(o -> o.isActive() && o.getKind() != OrganisationKind.TEAM)
                .isPresent();
    }
}
