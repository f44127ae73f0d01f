package app.ponte.catalogue;

import app.ponte.security.InternalToServices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freeze windows as other features' services need them, whoever triggered the work: planning finds
 * conflicts across organisations when a client files a request. Not for views: they use
 * {@link FreezeWindows}, which scopes what each role sees. Periods come straight from the query: planning
 * calls this inside larger transactions, where managed windows would only slow every flush.
 */
@Component
@Transactional(readOnly = true)
public class FreezeCalendar {

    private final FreezeWindowRepository windows;
    private final SystemRepository systems;

    FreezeCalendar(FreezeWindowRepository windows, SystemRepository systems) {
        this.windows = windows;
        this.systems = systems;
    }

    /** Every organisation's windows on a system, running or to come from {@code from}. */
    public List<FreezePeriod> onSystem(long systemId, LocalDate from) {
        return windows.findPeriodsOnSystemFrom(systemId, from);
    }

    /** One organisation's windows on every system, running or to come from {@code from}. */
    public List<FreezePeriod> ofOrganisation(long organisationId, LocalDate from) {
        return windows.findPeriodsOfOrganisationFrom(organisationId, from);
    }

    /** One organisation's windows on any of the systems, running or to come from {@code from}. */
    public List<FreezePeriod> ofOrganisation(long organisationId, Collection<Long> systemIds, LocalDate from) {
        if (systemIds.isEmpty()) {
            return List.of();
        }
        return windows.findPeriodsOfOrganisationFrom(organisationId, systemIds, from);
    }

    /**
     * Windows sharing a day with {@code from..to} that concern an organisation: its own (with its reason), and
     * other organisations' on systems it depends on (system and days only); by first day, at most {@code limit}.
     * Called only by the meeting service, which checked access already.
     */
    @InternalToServices
    public List<UpcomingFreeze> comingUp(long organisationId, LocalDate from, LocalDate to, int limit) {
        return concerning(organisationId, from, to, limit);
    }

    /**
     * What {@link #comingUp} answers, said once: {@link FreezeWindows#upcomingForMyOrganisation} reads the same for
     * the caller's own organisation after its own scope check.
     */
    List<UpcomingFreeze> concerning(long organisationId, LocalDate from, LocalDate to, int limit) {
        record Found(UpcomingFreeze freeze, long id) {
        }
        List<Found> found = new ArrayList<>();
        for (Object[] row : windows.findDeclaredBetween(organisationId, from, to)) {
            found.add(new Found(new UpcomingFreeze((String) row[0], (LocalDate) row[1], (LocalDate) row[2], true,
                    (String) row[3]), (Long) row[4]));
        }
        for (Object[] row : windows.findOnDependedSystemsBetween(organisationId, from, to)) {
            found.add(new Found(new UpcomingFreeze((String) row[0], (LocalDate) row[1], (LocalDate) row[2], false,
                    null), (Long) row[3]));
        }
        return found.stream()
                .sorted(Comparator.comparing((Found f) -> f.freeze().startsOn()).thenComparing(Found::id))
                .limit(Math.max(1, limit)).map(Found::freeze).toList();
    }

    /**
     * System id → name for a service's own, already checked, work that may run with nobody signed in (an agenda
     * built by a job): {@link SystemCatalogue#names} asks for a signed-in caller.
     */
    @InternalToServices
    public Map<Long, String> systemNames(Collection<Long> systemIds) {
        if (systemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> found = new HashMap<>();
        for (Object[] row : systems.findNames(Set.copyOf(systemIds))) {
            found.put((Long) row[0], (String) row[1]);
        }
        return found;
    }
}
