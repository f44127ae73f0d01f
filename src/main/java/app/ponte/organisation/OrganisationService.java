package app.ponte.organisation;

import app.ponte.base.LikePattern;
import app.ponte.base.NotFoundInScopeException;
import app.ponte.security.CurrentUser;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, always seen through the caller's tenant scope. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, CurrentUser currentUser, Clock clock) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The organisation the caller is working in now. */
    @PreAuthorize("isAuthenticated()")
    public OrganisationSummary activeOrganisation() {
        long id = currentUser.require().requireActive().organisationId();
        return get(id);
    }

    /** One organisation by id; ids outside the caller's scope are "not found". */
    @PreAuthorize("isAuthenticated()")
    public OrganisationSummary get(long id) {
        return organisations.findInScope(currentUser.scope(), id)
                .map(OrganisationSummary::of)
                .orElseThrow(() -> new NotFoundInScopeException("Organisation", id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM')")
    public Page<OrganisationSummary> list(String nameFilter, Pageable pageable) {
        return organisations.findInScope(currentUser.scope(), LikePattern.contains(nameFilter), pageable)
                .map(OrganisationSummary::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationSummary create(OrganisationKind kind, String name, ZoneId timeZone, String language) {
        if (organisations.findByName(name.trim()).isPresent()) {
            throw new IllegalArgumentException("An organisation named " + name + " exists already");
        }
        return OrganisationSummary.of(organisations.save(
                new Organisation(kind, name.trim(), timeZone, language, clock.instant())));
    }
}
