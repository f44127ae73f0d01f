package app.ponte.organisation;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import app.ponte.base.SearchText;
import org.jspecify.annotations.Nullable;

/** A person who can sign in: e-mail as login, with their own language and time zone. */
@Entity
@Table(name = "accounts")
public class Account extends AbstractEntity {

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "search_name", nullable = false, length = 120)
    private String searchName;

    /**
     * Written only by {@link SignInStamp}'s bulk update: an account saved from a copy read before a sign-in must not
     * put back the older value, hence neither inserted nor updated from the entity.
     */
    @Column(name = "last_signed_in_at", insertable = false, updatable = false)
    private @Nullable Instant lastSignedInAt;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, String language, ZoneId timeZone, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.searchName = SearchText.normalise(displayName);
        this.passwordHash = passwordHash;
        this.language = language;
        this.timeZone = timeZone.getId();
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    void updateProfile(String displayName, String language, ZoneId timeZone, Instant now) {
        this.displayName = displayName;
        this.searchName = SearchText.normalise(displayName);
        this.language = language;
        this.timeZone = timeZone.getId();
        this.updatedAt = now;
    }

    void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    String describe() {
        return "email=" + email + ", displayName=" + displayName + ", active=" + active;
    }

    String getSearchName() {
        return searchName;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
