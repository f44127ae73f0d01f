package app.ponte.organisation;

/** A person to pick from a list, e.g. an organisation's account manager. */
public record PersonOption(long accountId, String displayName, String email) {
}
