package app.ponte.catalogue;

import java.time.LocalDate;

/** A freeze window as lists and editors show it. */
public record FreezeWindowEntry(long id, long version, long systemId, String systemName, long organisationId,
        String organisationName, LocalDate startsOn, LocalDate endsOn, String reason) {
}
