package app.ponte.organisation;

import java.time.ZoneId;

/** An organisation as lists and headers show it. */
public record OrganisationSummary(long id, String name, OrganisationKind kind, ZoneId timeZone, String language,
        boolean active) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getName(), organisation.getKind(),
                organisation.getTimeZone(), organisation.getLanguage(), organisation.isActive());
    }
}
