package app.ponte.catalogue;

import java.time.LocalDate;
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

    FreezeCalendar(FreezeWindowRepository windows) {
        this.windows = windows;
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
}
