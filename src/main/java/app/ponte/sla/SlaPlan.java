package app.ponte.sla;

import app.ponte.base.AbstractEntity;
import app.ponte.request.Priority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SLA plan: per priority a first-response and a resolution target, each counted on a business calendar,
 * and whether it includes the 24/7 on-call cover (critical incidents page the person on call).
 */
@Entity
@Table(name = "sla_plans")
class SlaPlan extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "on_call_cover", nullable = false)
    private boolean onCallCover;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_plan_targets", joinColumns = @JoinColumn(name = "plan_id"))
    private List<Target> targets = new ArrayList<>();

    /** The two targets of one priority, in minutes of their calendars' business time. */
    @Embeddable
    record Target(
            @Enumerated(EnumType.STRING) @Column(name = "priority", nullable = false, length = 20) Priority priority,
            @Column(name = "first_response_minutes", nullable = false) int firstResponseMinutes,
            @Column(name = "first_response_calendar_id", nullable = false) long firstResponseCalendarId,
            @Column(name = "resolution_minutes", nullable = false) int resolutionMinutes,
            @Column(name = "resolution_calendar_id", nullable = false) long resolutionCalendarId) {

        Duration firstResponse() {
            return Duration.ofMinutes(firstResponseMinutes);
        }

        Duration resolution() {
            return Duration.ofMinutes(resolutionMinutes);
        }
    }

    protected SlaPlan() {
        this.name = "";
        this.updatedAt = Instant.EPOCH;
    }

    SlaPlan(String name, boolean onCallCover, List<Target> targets, Instant now) {
        this.name = name;
        this.onCallCover = onCallCover;
        this.targets = new ArrayList<>(targets);
        this.updatedAt = now;
    }

    void change(String name, boolean onCallCover, List<Target> targets, Instant now) {
        this.name = name;
        this.onCallCover = onCallCover;
        this.targets.clear();
        this.targets.addAll(targets);
        this.updatedAt = now;
    }

    Optional<Target> targetFor(Priority priority) {
        return targets.stream().filter(target -> target.priority() == priority).findFirst();
    }

    String getName() {
        return name;
    }

    boolean hasOnCallCover() {
        return onCallCover;
    }

    List<Target> getTargets() {
        return List.copyOf(targets);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
