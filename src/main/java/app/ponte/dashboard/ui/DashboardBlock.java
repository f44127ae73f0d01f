package app.ponte.dashboard.ui;

import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.Set;

/**
 * A block of a role's home page, contributed by the feature that owns its data (planning draws the conflicts block,
 * the roadmap the promises block): the home page only arranges them by {@link #section} and {@link #order}, so a
 * feature adds its blocks without touching the others. Implementations are Spring beans in their feature's
 * {@code ui} package; they build a fresh component for each page shown (usually a {@link DashboardCard} or a
 * {@link ChartCard}), or none when there is nothing to show for the viewer. Their figures come from their feature's
 * services, which check the caller and scope to their organisation.
 */
public interface DashboardBlock {

    /** Whose dashboards carry this block. */
    Set<DashboardAudience> audiences();

    DashboardSection section();

    /** Where the block stands in its section (smaller first). */
    int order();

    /** A fresh block for the signed-in viewer of this audience, or none. */
    Optional<Component> blockFor(DashboardAudience audience);
}
