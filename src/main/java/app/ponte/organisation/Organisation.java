package app.ponte.organisation;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

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

    protected Organisation() {
    }

    Organisation(OrganisationKind kind, String name, ZoneId timeZone, String language, Instant createdAt) {
        this.kind = kind;
        this.name = name;
        this.timeZone = timeZone.getId();
        this.language = language;
        this.createdAt = createdAt;
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
