package app.ponte.catalogue;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A system the team runs, its owner (a team member) and the organisations that depend on it, both by id: the
 * organisation feature knows their names.
 */
@Entity
@Table(name = "systems")
public class OperatedSystem extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", length = 1000)
    private @Nullable String description;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "criticality", nullable = false, length = 20)
    private Criticality criticality;

    @Column(name = "availability_target", nullable = false, precision = 6, scale = 3)
    private BigDecimal availabilityTarget;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "system_dependents", joinColumns = @JoinColumn(name = "system_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> dependentIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OperatedSystem() {
    }

    OperatedSystem(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void update(String newName, @Nullable String newDescription, long newOwnerId, Criticality newCriticality,
            BigDecimal newTarget, Set<Long> newDependentIds, Instant now) {
        this.name = newName;
        this.description = newDescription;
        this.ownerId = newOwnerId;
        this.criticality = newCriticality;
        this.availabilityTarget = newTarget;
        this.dependentIds.retainAll(newDependentIds);
        this.dependentIds.addAll(newDependentIds);
        this.updatedAt = now;
    }

    /** Whether the organisation depends on this system: what its requests and freeze windows may concern. */
    boolean isDependedOnBy(long organisationId) {
        return dependentIds.contains(organisationId);
    }

    public String getName() {
        return name;
    }

    @Nullable String getDescription() {
        return description;
    }

    long getOwnerId() {
        return ownerId;
    }

    Criticality getCriticality() {
        return criticality;
    }

    BigDecimal getAvailabilityTarget() {
        return availabilityTarget;
    }

    Set<Long> getDependentIds() {
        return Set.copyOf(dependentIds);
    }
}
