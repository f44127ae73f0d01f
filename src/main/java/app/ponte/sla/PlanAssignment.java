package app.ponte.sla;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The plan an organisation is on; departments may share one. */
@Entity
@Table(name = "sla_plan_assignments")
class PlanAssignment extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlanAssignment() {
        this.updatedAt = Instant.EPOCH;
    }

    PlanAssignment(long organisationId, long planId, Instant now) {
        this.organisationId = organisationId;
        this.planId = planId;
        this.updatedAt = now;
    }

    void moveTo(long planId, Instant now) {
        this.planId = planId;
        this.updatedAt = now;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getPlanId() {
        return planId;
    }
}
