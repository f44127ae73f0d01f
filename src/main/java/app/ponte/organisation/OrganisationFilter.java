package app.ponte.organisation;

import org.jspecify.annotations.Nullable;

/** What an organisation list asks for: the start of the name, and optionally kind and state. */
public record OrganisationFilter(String nameStart, @Nullable OrganisationKind kind, @Nullable Boolean active) {

    public static final OrganisationFilter ALL = new OrganisationFilter("", null, null);
}
