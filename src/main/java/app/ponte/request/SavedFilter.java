package app.ponte.request;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An inbox filter a team member saved under a name of their own. */
@Entity
@Table(name = "saved_filters")
class SavedFilter extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "title_words", nullable = false, length = 200)
    private String titleWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private @Nullable RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30)
    private @Nullable RequestStatus status;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "unassigned_only", nullable = false)
    private boolean unassignedOnly;

    @Column(name = "system_start", length = 200)
    private @Nullable String system;

    @Column(name = "older_than_days")
    private @Nullable Integer olderThanDays;

    @Column(name = "newer_than_days")
    private @Nullable Integer newerThanDays;

    @Column(name = "open_only", nullable = false)
    private boolean openOnly;

    @Column(name = "at_risk_only", nullable = false)
    private boolean atRiskOnly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
    }

    SavedFilter(long accountId, String name, RequestFilter filter, Instant createdAt) {
        this.accountId = accountId;
        this.name = name;
        this.createdAt = createdAt;
        replace(filter);
    }

    void replace(RequestFilter filter) {
        this.titleWords = filter.titleWords() == null ? "" : filter.titleWords().strip();
        this.kind = filter.kind();
        this.status = filter.status();
        this.organisationId = filter.organisationId();
        this.unassignedOnly = filter.unassignedOnly();
        this.system = filter.system() == null || filter.system().isBlank() ? null : filter.system().strip();
        this.olderThanDays = filter.olderThanDays();
        this.newerThanDays = filter.newerThanDays();
        this.openOnly = filter.openOnly();
        this.atRiskOnly = filter.atRiskOnly();
    }

    NamedFilter toNamed() {
        return new NamedFilter(getId(), name, new RequestFilter(titleWords, kind, status, organisationId, null,
                unassignedOnly, system, olderThanDays, null, openOnly, atRiskOnly, newerThanDays, false));
    }
}
