package app.ponte.organisation;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import app.ponte.base.SearchText;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** The team itself, an internal department, or a client company. */
@Entity
@Table(name = "organisations")
public class Organisation extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "search_name", nullable = false, length = 120)
    private String searchName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_manager_id")
    private @Nullable Account accountManager;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_cadence", nullable = false, length = 20)
    private ReviewCadence reviewCadence = ReviewCadence.MONTHLY;

    @Column(name = "notes", length = 2000)
    private @Nullable String notes;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    protected Organisation() {
    }

    Organisation(OrganisationKind kind, String name, ZoneId timeZone, String language, Instant createdAt) {
        this.kind = kind;
        this.name = name;
        this.searchName = SearchText.normalise(name);
        this.timeZone = timeZone.getId();
        this.language = language;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void update(String name, ZoneId timeZone, String language, @Nullable Account accountManager,
            ReviewCadence reviewCadence, @Nullable String notes, Instant now) {
        this.name = name;
        this.searchName = SearchText.normalise(name);
        this.timeZone = timeZone.getId();
        this.language = language;
        this.accountManager = accountManager;
        this.reviewCadence = reviewCadence;
        this.notes = notes;
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public @Nullable Account getAccountManager() {
        return accountManager;
    }

    public ReviewCadence getReviewCadence() {
        return reviewCadence;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    /** A readable snapshot for the audit trail. */
    String describe() {
        return "name=" + name + ", kind=" + kind + ", timeZone=" + timeZone + ", language=" + language
                + ", accountManager=" + (accountManager == null ? "-" : accountManager.getEmail())
                + ", reviewCadence=" + reviewCadence + ", active=" + active
                + ", notes=" + (notes == null ? "-" : notes);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getLanguage() {
        return language;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
