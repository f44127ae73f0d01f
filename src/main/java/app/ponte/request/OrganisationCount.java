package app.ponte.request;

/** How many requests one organisation has (open ones, for the team's queue). */
public record OrganisationCount(long organisationId, String organisationName, long count) {
}
