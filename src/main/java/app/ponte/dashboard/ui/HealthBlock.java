package app.ponte.dashboard.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.RelationshipHealth;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.Set;

/**
 * The relationship health list on the team's and the administrators' home: one sortable row per served organisation
 * with every signal's value and the word for its level, the rules below it, and for administrators "Recompute now".
 */
@org.springframework.stereotype.Component
class HealthBlock implements DashboardBlock {

    private final RelationshipHealth health;
    private final ViewerTime viewerTime;

    HealthBlock(RelationshipHealth health, ViewerTime viewerTime) {
        this.health = health;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.TEAM, DashboardAudience.ADMIN);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.RELATIONSHIPS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        if (!audiences().contains(audience)) {
            return Optional.empty();
        }
        return Optional.of(new HealthCard(health, viewerTime, audience == DashboardAudience.ADMIN));
    }
}
