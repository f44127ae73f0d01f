package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The days a team member gives to requests in a week (the rest goes to operations, meetings, leave). */
@Entity
@Table(name = "team_capacity")
class TeamCapacity extends AbstractEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "days_per_week", nullable = false, precision = 2, scale = 1)
    private BigDecimal daysPerWeek;

    protected TeamCapacity() {
    }

    TeamCapacity(long accountId) {
        this.accountId = accountId;
    }

    void set(BigDecimal daysPerWeek) {
        this.daysPerWeek = daysPerWeek;
    }

    long getAccountId() {
        return accountId;
    }

    BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }
}
