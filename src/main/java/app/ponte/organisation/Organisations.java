package app.ponte.organisation;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.LikePattern;
import app.ponte.base.RejectedInputException;
import app.ponte.base.SearchText;
import app.ponte.base.TextRules;
import app.ponte.base.TranslationProvider;
import app.ponte.security.AdminOnly;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.InternalToServices;
import app.ponte.security.OrganisationScope;
import app.ponte.security.SessionTerminator;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, always seen through the caller's tenant scope; administered by admins. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final OrganisationScope scope;
    private final SessionTerminator sessionTerminator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, AccountRepository accounts,
            MembershipRepository memberships, OrganisationScope scope,
            SessionTerminator sessionTerminator, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.scope = scope;
        this.sessionTerminator = sessionTerminator;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation the caller is working in now. */
    @AnyoneSignedIn
    public OrganisationSummary activeOrganisation() {
        return get(scope.activeOrganisation());
    }

    /** One organisation by id; ids outside the caller's scope are "not found" (and audited). */
    @AnyoneSignedIn
    public OrganisationSummary get(long id) {
        return OrganisationSummary.of(inScope("organisation.read", id));
    }

    @TeamOnly
    public Slice<OrganisationSummary> list(OrganisationFilter filter, Pageable pageable) {
        String pattern = LikePattern.startsWith(SearchText.normalise(filter.nameStart()));
        return organisations.findInScope(scope.current(), filter, pattern, pageable).map(OrganisationSummary::of);
    }

    /** The active departments and clients whose name starts so, a page by name: who can depend on a system. */
    @TeamOnly
    public Slice<OrganisationSummary> activeDepartmentsAndClients(String nameStart, Pageable pageable) {
        return organisations.findActiveDepartmentsAndClients(LikePattern.startsWith(SearchText.normalise(nameStart)),
                pageable).map(OrganisationSummary::of);
    }

    /** One organisation as lists show it, e.g. to restore a saved filter. */
    @TeamOnly
    public OrganisationSummary summary(long id) {
        return OrganisationSummary.of(inScope("organisation.read", id));
    }

    @AdminOnly
    public OrganisationDetails details(long id) {
        return OrganisationDetails.of(inScope("organisation.read", id));
    }

    /** Active accounts of the team, who can be an organisation's account manager. */
    @AdminOnly
    public List<PersonOption> accountManagerCandidates() {
        return memberships.findActiveTeamPeople().stream()
                .map(a -> new PersonOption(a.getId(), a.getDisplayName(), a.getEmail()))
                .toList();
    }

    @AdminOnly
    @Transactional
    public OrganisationDetails create(OrganisationDraft draft) {
        String name = validName(draft, null);
        String notes = validate(draft);
        var organisation = new Organisation(draft.kind(), name, draft.timeZone(), draft.language(), clock.instant());
        organisation.update(name, draft.timeZone(), draft.language(), accountManager(draft), draft.reviewCadence(),
                notes, clock.instant());
        organisations.saveAndFlush(organisation);
        events.publishEvent(new AdministrativeChange("organisation.create", "Organisation", organisation.getId(),
                organisation.getId(), null, organisation.describe()));
        return OrganisationDetails.of(organisation);
    }

    /** Saves an edit if nobody saved the organisation since {@code expectedVersion}; the kind stays. */
    @AdminOnly
    @Transactional
    public OrganisationDetails update(long id, OrganisationDraft draft, long expectedVersion) {
        Organisation organisation = inScope("organisation.update", id);
        organisation.requireVersion(expectedVersion);
        String name = validName(draft, id);
        String notes = validate(draft);
        String before = organisation.describe();
        // the cadence is the review series' (meeting.ReviewSeries), which keeps this copy; an edit never changes it
        organisation.update(name, draft.timeZone(), draft.language(), accountManager(draft),
                organisation.getReviewCadence(), notes, clock.instant());
        organisations.saveAndFlush(organisation);
        events.publishEvent(new AdministrativeChange("organisation.update", "Organisation", id, id, before,
                organisation.describe()));
        return OrganisationDetails.of(organisation);
    }

    /**
     * Deactivates or reactivates an organisation. Deactivation blocks its members' sign-in and ends
     * their sessions; nothing is deleted. The team's own organisation cannot be deactivated.
     */
    @AdminOnly
    @Transactional
    public OrganisationDetails setActive(long id, boolean active, long expectedVersion) {
        Organisation organisation = inScope(active ? "organisation.reactivate" : "organisation.deactivate", id);
        organisation.requireVersion(expectedVersion);
        if (!active && organisation.getKind() == OrganisationKind.TEAM) {
            throw new RejectedInputException("active", "organisation.error.team-stays-active");
        }
        String before = organisation.describe();
        organisation.setActive(active, clock.instant());
        organisations.saveAndFlush(organisation);
        events.publishEvent(new AdministrativeChange(active ? "organisation.reactivate" : "organisation.deactivate",
                "Organisation", id, id, before, organisation.describe()));
        if (!active) {
            sessionTerminator.endSessionsOf(new HashSet<>(memberships.findAccountIdsByOrganisation(id)));
        }
        return OrganisationDetails.of(organisation);
    }

    /**
     * The review cadence copied from the organisation's review series, the one place it is set (meetings); copied
     * without a new version, so that an organisation editor open meanwhile is not made stale by it.
     */
    @InternalToServices
    @Transactional
    public void followReviewCadence(long id, ReviewCadence cadence) {
        organisations.followReviewCadence(id, cadence);
    }

    private Organisation inScope(String action, long id) {
        return organisations.requireInScope(scope, action, id);
    }

    private String validName(OrganisationDraft draft, @Nullable Long id) {
        String name = TextRules.required("name", draft.name(), OrganisationDraft.NAME_MAX);
        organisations.findByName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RejectedInputException("name", "organisation.error.name-taken");
        });
        return name;
    }

    /** Checks the rest of the draft; the notes trimmed, or null when blank. */
    private static @Nullable String validate(OrganisationDraft draft) {
        if (draft.timeZone() == null) {
            throw new RejectedInputException("timeZone", "organisation.error.time-zone-required");
        }
        if (!TranslationProvider.isKnownTag(draft.language())) {
            throw new RejectedInputException("language", "organisation.error.language-required");
        }
        return TextRules.optionalOrNull("notes", draft.notes(), OrganisationDraft.NOTES_MAX);
    }

    private @Nullable Account accountManager(OrganisationDraft draft) {
        if (draft.accountManagerId() == null) {
            return null;
        }
        if (!memberships.isActiveTeamPerson(draft.accountManagerId())) {
            throw new RejectedInputException("accountManager", "organisation.error.manager-not-team");
        }
        return accounts.getReferenceById(draft.accountManagerId());
    }

    /** Used by the demo data and the first administrator: a new organisation with default settings. */
    @AdminOnly
    @Transactional
    public OrganisationSummary create(OrganisationKind kind, String name, java.time.ZoneId timeZone, String language) {
        OrganisationDetails created = create(new OrganisationDraft(kind, name, timeZone, language, null,
                ReviewCadence.MONTHLY, null));
        return get(created.id());
    }
}
