package app.ponte.catalogue;

import app.ponte.base.AbstractEntity;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A system the team runs, and the organisations that depend on it. */
@Entity
@Table(name = "systems")
public class OperatedSystem extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", length = 1000)
    private @Nullable String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Account owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "criticality", nullable = false, length = 20)
    private Criticality criticality;

    @Column(name = "availability_target", nullable = false, precision = 6, scale = 3)
    private BigDecimal availabilityTarget;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "system_dependents", joinColumns = @JoinColumn(name = "system_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> dependents = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OperatedSystem() {
    }

    OperatedSystem(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void update(String newName, @Nullable String newDescription, Account newOwner, Criticality newCriticality,
            BigDecimal newTarget, Set<Organisation> newDependents, Instant now) {
        this.name = newName;
        this.description = newDescription;
        this.owner = newOwner;
        this.criticality = newCriticality;
        this.availabilityTarget = newTarget;
        this.dependents = new HashSet<>(newDependents);
        this.updatedAt = now;
    }

    String describe() {
        return "name=" + name + ", owner=" + owner.getEmail() + ", criticality=" + criticality
                + ", availabilityTarget=" + availabilityTarget.toPlainString() + ", dependents="
                + dependents.stream().map(Organisation::getName).sorted().collect(Collectors.joining("|"))
                + ", description=" + (description == null ? "-" : description);
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public Account getOwner() {
        return owner;
    }

    public Criticality getCriticality() {
        return criticality;
    }

    public BigDecimal getAvailabilityTarget() {
        return availabilityTarget;
    }

    public Set<Organisation> getDependents() {
        return Set.copyOf(dependents);
    }
}
