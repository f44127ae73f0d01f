package app.ponte.planning;

import app.ponte.base.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The factor weights of the product score: one row, tuned by admins. */
@Entity
@Table(name = "planning_weights")
class ScoringWeights implements Versioned {

    static final long THE_ONLY_ROW = 1;

    @Id
    @Column(name = "id")
    private long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "reach_weight", nullable = false)
    private int reach;

    @Column(name = "impact_weight", nullable = false)
    private int impact;

    @Column(name = "urgency_weight", nullable = false)
    private int urgency;

    @Column(name = "confidence_weight", nullable = false)
    private int confidence;

    @Column(name = "effort_weight", nullable = false)
    private int effort;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    @Column(name = "changed_by_id")
    private @Nullable Long changedById;

    protected ScoringWeights() {
    }

    void change(Weights weights, long byAccountId, Instant now) {
        this.reach = weights.reach();
        this.impact = weights.impact();
        this.urgency = weights.urgency();
        this.confidence = weights.confidence();
        this.effort = weights.effort();
        this.changedById = byAccountId;
        this.changedAt = now;
    }

    Weights toWeights() {
        return new Weights(reach, impact, urgency, confidence, effort);
    }

    @Override
    public long getVersion() {
        return version;
    }
}
