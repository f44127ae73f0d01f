package app.ponte.catalogue;

import java.time.LocalDate;

/**
 * A freeze window as other features' services need it (planning's deadlines and conflicts): the system and
 * the organisation by id, the days and why; no names, so the calendar reads nothing but its own table.
 */
public record FreezePeriod(long id, long systemId, long organisationId, LocalDate startsOn, LocalDate endsOn,
        String reason) {
}
