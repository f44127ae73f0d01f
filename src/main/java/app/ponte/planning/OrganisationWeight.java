package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import app.ponte.base.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** How much an organisation's asks count, and why (client tier, regulatory duty, internal criticality). */
@Entity
@Table(name = "organisation_weights")
class OrganisationWeight extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "weight", nullable = false, precision = 3, scale = 1)
    private BigDecimal weight;

    @Column(name = "reason", nullable = false, length = Reason.MAX)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected OrganisationWeight() {
    }

    OrganisationWeight(long organisationId) {
        this.organisationId = organisationId;
    }

    void set(BigDecimal weight, Reason reason, Instant now) {
        this.weight = weight;
        this.reason = reason.text();
        this.changedAt = now;
    }

    OrganisationWeightEntry toEntry(String organisationName) {
        return new OrganisationWeightEntry(organisationId, organisationName, weight, reason, getVersion());
    }

    /** As the audit trail shows it: the weight and why. */
    String readable() {
        return weight.toPlainString() + ": " + reason;
    }

    long getOrganisationId() {
        return organisationId;
    }

    BigDecimal getWeight() {
        return weight;
    }
}
