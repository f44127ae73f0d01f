package app.ponte.catalogue;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.OrganisationNames;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.FreezeDeclarer;
import app.ponte.security.OrganisationScope;
import app.ponte.security.RequesterOnly;
import app.ponte.security.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freeze windows: an organisation that depends on a system declares when it must not change or go
 * down. Departments and client admins manage their own organisation's windows (clients read them);
 * the team sees all and declares windows on an organisation's behalf. Another organisation's window
 * is "not found", recorded.
 */
@Service
@Transactional(readOnly = true)
public class FreezeWindows {

    /** A freeze longer than this is no freeze but a standstill: ask the team instead. */
    static final int LONGEST_DAYS = 92;

    private final FreezeWindowRepository windows;
    private final SystemRepository systems;
    private final OrganisationNames names;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FreezeCalendar calendar;

    FreezeWindows(FreezeWindowRepository windows, SystemRepository systems, OrganisationNames names,
            CurrentUser currentUser, OrganisationScope scope, ApplicationEventPublisher events, Clock clock,
            FreezeCalendar calendar) {
        this.events = events;
        this.calendar = calendar;
        this.windows = windows;
        this.systems = systems;
        this.names = names;
        this.currentUser = currentUser;
        this.scope = scope;
        this.clock = clock;
    }

    /** Windows running or to come: all for the team, the caller's organisation's for anybody else. */
    @AnyoneSignedIn
    public List<FreezeWindowEntry> upcoming() {
        List<FreezeWindow> upcoming = windows.findFrom(scope.restriction(), today());
        Map<Long, String> organisations = names.names(upcoming.stream().map(FreezeWindow::getOrganisationId)
                .collect(Collectors.toSet()));
        return upcoming.stream().map(w -> w.toEntry(organisations.get(w.getOrganisationId()))).toList();
    }

    /**
     * The windows sharing a day with the next {@code days} days that concern the caller's organisation: its own, with
     * their reason, and other organisations' on the systems it depends on, with the system and the days only (never
     * whose or why); by first day, at most {@code limit}.
     */
    @RequesterOnly
    public List<UpcomingFreeze> upcomingForMyOrganisation(int days, int limit) {
        LocalDate today = today();
        return calendar.concerning(scope.activeOrganisation(), today, today.plusDays(days), limit);
    }

    @FreezeDeclarer
    @Transactional
    public FreezeWindowEntry declare(FreezeWindowDraft draft) {
        long organisationId = organisationFor(draft);
        OperatedSystem system = dependedOn(draft.systemId(), organisationId);
        var window = new FreezeWindow(system, organisationId, currentUser.require().accountId(), clock.instant());
        apply(window, draft, system.getId(), organisationId, 0);
        FreezeWindowEntry saved = entry(windows.saveAndFlush(window));
        events.publishEvent(new FreezeWindowsChanged(saved.systemId(), saved.organisationId()));
        audit("freeze-window.declare", saved.id(), organisationId, null, saved);
        return saved;
    }

    @FreezeDeclarer
    @Transactional
    public FreezeWindowEntry change(long id, FreezeWindowDraft draft, long expectedVersion) {
        FreezeWindow window = inScope("freeze-window.change", id);
        window.requireVersion(expectedVersion);
        FreezeWindowEntry before = entry(window);
        apply(window, draft, window.getSystem().getId(), window.getOrganisationId(), id);
        FreezeWindowEntry saved = entry(windows.saveAndFlush(window));
        events.publishEvent(new FreezeWindowsChanged(saved.systemId(), saved.organisationId()));
        audit("freeze-window.change", id, saved.organisationId(), before, saved);
        return saved;
    }

    @FreezeDeclarer
    @Transactional
    public void withdraw(long id, long expectedVersion) {
        FreezeWindow window = inScope("freeze-window.withdraw", id);
        window.requireVersion(expectedVersion);
        FreezeWindowEntry before = entry(window);
        windows.delete(window);
        windows.flush();
        events.publishEvent(new FreezeWindowsChanged(window.getSystem().getId(), window.getOrganisationId()));
        // The row is gone for good: the audit trail keeps what it said.
        audit("freeze-window.withdraw", id, window.getOrganisationId(), before, null);
    }

    private void audit(String action, long id, long organisationId, @Nullable FreezeWindowEntry before,
            @Nullable FreezeWindowEntry after) {
        events.publishEvent(new AdministrativeChange(action, "FreezeWindow", id, organisationId, describe(before),
                describe(after)));
    }

    private static @Nullable String describe(@Nullable FreezeWindowEntry window) {
        return window == null ? null : window.systemName() + " for " + window.organisationName() + ", "
                + window.startsOn() + " to " + window.endsOn() + ": " + window.reason();
    }

    private void apply(FreezeWindow window, FreezeWindowDraft draft, long systemId, long organisationId, long exceptId) {
        if (draft.startsOn() == null) {
            throw new RejectedInputException("startsOn", "freeze.error.start-required");
        }
        if (draft.endsOn() == null) {
            throw new RejectedInputException("endsOn", "freeze.error.end-required");
        }
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw new RejectedInputException("endsOn", "freeze.error.inverted");
        }
        if (draft.endsOn().isBefore(today())) {
            throw new RejectedInputException("endsOn", "freeze.error.past");
        }
        if (draft.startsOn().plusDays(LONGEST_DAYS).isBefore(draft.endsOn())) {
            throw new RejectedInputException("endsOn", "freeze.error.too-long", LONGEST_DAYS);
        }
        Reason reason = Reason.required(draft.reason(), "freeze.error.reason");
        if (windows.countOverlapping(systemId, organisationId, draft.startsOn(), draft.endsOn(), exceptId) > 0) {
            throw new RejectedInputException("startsOn", "freeze.error.overlap");
        }
        window.set(draft.startsOn(), draft.endsOn(), reason, clock.instant());
    }

    private long organisationFor(FreezeWindowDraft draft) {
        TenantScope declaring = scope.forChange();
        if (!declaring.seesEveryOrganisation()) {
            return declaring.organisationId();
        }
        if (draft.organisationId() == null) {
            throw new RejectedInputException("organisation", "freeze.error.organisation-required");
        }
        return draft.organisationId();
    }

    private OperatedSystem dependedOn(@Nullable Long systemId, long organisationId) {
        if (systemId == null) {
            throw new RejectedInputException("system", "freeze.error.system-required");
        }
        return systems.findById(systemId)
                .filter(system -> system.isDependedOnBy(organisationId))
                .orElseThrow(() -> new RejectedInputException("system", "freeze.error.not-dependent"));
    }

    private FreezeWindow inScope(String action, long id) {
        return windows.findById(id)
                .filter(window -> scope.current().includes(window.getOrganisationId()))
                .orElseThrow(() -> scope.notFound(action, "FreezeWindow", id));
    }

    private FreezeWindowEntry entry(FreezeWindow window) {
        return window.toEntry(names.names(List.of(window.getOrganisationId())).get(window.getOrganisationId()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(currentUser.require().timeZone())));
    }
}
