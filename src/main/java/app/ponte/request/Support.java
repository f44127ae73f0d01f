package app.ponte.request;

import app.ponte.base.AbstractEntity;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation saying "we need this too", and why it matters to them. One per organisation. */
@Entity
@Table(name = "request_supports")
class Support extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private Request request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "impact", nullable = false, length = 1000)
    private String impact;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Support() {
    }

    Support(Request request, Organisation organisation, Account account, String impact, Instant createdAt) {
        this.request = request;
        this.organisation = organisation;
        this.account = account;
        this.impact = impact;
        this.createdAt = createdAt;
    }

    void restate(Account by, String newImpact) {
        this.account = by;
        this.impact = newImpact;
    }

    /** Moves the support to the request another one was merged into. */
    void moveTo(Request original) {
        this.request = original;
    }

    String getImpact() {
        return impact;
    }

    Organisation getOrganisation() {
        return organisation;
    }
}
