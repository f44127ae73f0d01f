package app.ponte.home.ui;

import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A role's dashboard: the blocks meant for its audience, grouped by section in the sections' order and by their own
 * order within one. Knows no feature: the blocks are whatever the features contribute. Blocks stack on a phone.
 */
class Dashboard extends Div {

    static final String ID = "dashboard";

    Dashboard(DashboardAudience audience, List<DashboardBlock> blocks) {
        setId(ID);
        addClassName("dashboard");
        Map<DashboardSection, List<DashboardBlock>> bySection = new TreeMap<>();
        blocks.stream().filter(block -> block.audiences().contains(audience))
                .sorted(Comparator.comparingInt(DashboardBlock::order))
                .forEach(block -> bySection.computeIfAbsent(block.section(), s -> new java.util.ArrayList<>())
                        .add(block));
        bySection.forEach((section, inSection) -> {
            List<Component> built = inSection.stream().map(block -> block.blockFor(audience))
                    .flatMap(Optional::stream).toList();
            if (!built.isEmpty()) {
                add(section(section, built));
            }
        });
    }

    private Section section(DashboardSection section, List<Component> built) {
        String id = "dashboard-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        H2 title = new H2(getTranslation(section.titleKey()));
        title.setId(id + "-title");
        Div grid = new Div();
        grid.addClassName("dashboard-blocks");
        built.forEach(grid::add);
        Section part = new Section(title, grid);
        part.setId(id);
        part.addClassName("dashboard-section");
        part.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        return part;
    }
}
