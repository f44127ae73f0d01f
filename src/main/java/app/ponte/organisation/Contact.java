package app.ponte.organisation;

import app.ponte.notification.Recipient;

/** A person another feature writes to: who, their name, where their e-mail goes and the language they read. */
public record Contact(long accountId, String displayName, String email, String languageTag) {

    static Contact of(Account account) {
        return new Contact(account.getId(), account.getDisplayName(), account.getEmail(), account.getLanguage());
    }

    public Recipient recipient() {
        return new Recipient(accountId, email, languageTag);
    }
}
