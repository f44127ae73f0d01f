package app.ponte.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team member a breach is escalated to. Replaced as a set by admins, never edited: no version. */
@Entity
@Table(name = "sla_escalation_leads")
class EscalationLead {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected EscalationLead() {
        this.addedAt = Instant.EPOCH;
    }

    EscalationLead(long accountId, Instant addedAt) {
        this.accountId = accountId;
        this.addedAt = addedAt;
    }

    long getAccountId() {
        return accountId;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
