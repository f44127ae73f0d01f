package app.ponte.organisation;

/** A team person as paging reaches them: name, e-mail and the language they read. */
public record TeamContact(long accountId, String displayName, String email, String languageTag) {
}
