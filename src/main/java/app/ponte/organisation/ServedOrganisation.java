package app.ponte.organisation;

import java.time.ZoneId;

/** An active department or client as features that work for them see it: its kind, name and time zone. */
public record ServedOrganisation(long id, OrganisationKind kind, String name, ZoneId timeZone) {

    static ServedOrganisation of(Organisation organisation) {
        return new ServedOrganisation(organisation.getId(), organisation.getKind(), organisation.getName(),
                organisation.getTimeZone());
    }
}
