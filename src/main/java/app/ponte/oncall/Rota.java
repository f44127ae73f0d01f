package app.ponte.oncall;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The team's one weekly rota (a single row): who takes turns, in order, and when the week changes hands. */
@Entity
@Table(name = "on_call_rotas")
class Rota extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "hand_over_day", nullable = false, length = 10)
    private DayOfWeek handOverDay;

    @Column(name = "hand_over_time", nullable = false)
    private LocalTime handOverTime;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "on_call_rota_members", joinColumns = @JoinColumn(name = "rota_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "account_id", nullable = false)
    private List<Long> members = new ArrayList<>();

    protected Rota() {
        this.handOverDay = DayOfWeek.MONDAY;
        this.handOverTime = LocalTime.of(9, 0);
        this.timeZone = "UTC";
        this.startsOn = LocalDate.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Rota(RotaDraft draft, Instant now) {
        this();
        change(draft, now);
    }

    void change(RotaDraft draft, Instant now) {
        this.members.clear();
        this.members.addAll(draft.memberIds());
        this.handOverDay = Objects.requireNonNull(draft.handOverDay());
        this.handOverTime = Objects.requireNonNull(draft.handOverTime());
        this.timeZone = Objects.requireNonNull(draft.zone()).getId();
        this.startsOn = Objects.requireNonNull(draft.startsOn());
        this.updatedAt = now;
    }

    RotaSchedule schedule() {
        return new RotaSchedule(members, handOverDay, handOverTime, ZoneId.of(timeZone), startsOn);
    }

    @Override
    public String toString() {
        return "members " + members + ", hand-over " + handOverDay + " " + handOverTime + " " + timeZone
                + ", from " + startsOn;
    }
}
