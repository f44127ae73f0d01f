package app.ponte.notification;

/** Someone to notify: who, where their e-mail goes, and in which language they read. */
public record Recipient(long accountId, String email, String languageTag) {
}
