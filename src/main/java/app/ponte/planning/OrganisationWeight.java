package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import app.ponte.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** How much an organisation's asks count, and why (client tier, regulatory duty, internal criticality). */
@Entity
@Table(name = "organisation_weights")
class OrganisationWeight extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "weight", nullable = false, precision = 3, scale = 1)
    private BigDecimal weight;

    @Column(name = "reason", nullable = false, length = 300)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected OrganisationWeight() {
    }

    OrganisationWeight(Organisation organisation) {
        this.organisation = organisation;
    }

    void set(BigDecimal weight, String reason, Instant now) {
        this.weight = weight;
        this.reason = reason;
        this.changedAt = now;
    }

    OrganisationWeightEntry toEntry() {
        return new OrganisationWeightEntry(organisation.getId(), organisation.getName(), weight, reason, getVersion());
    }

    BigDecimal getWeight() {
        return weight;
    }
}
