package app.ponte.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A menu button listing a grid's optional columns with check boxes: unticking one hides it. The columns
 * that matter most are simply not offered. The choice is kept for the session under the grid's name, so
 * the list looks the same when the person comes back to it.
 */
public class ColumnChooser extends Composite<MenuBar> {

    private final MenuItem menu;
    private final Map<Grid.Column<?>, MenuItem> items = new LinkedHashMap<>();
    private final String memory;
    private boolean holding;

    /** {@code name} tells lists apart in the session's memory of hidden columns, e.g. "inbox". */
    public ColumnChooser(String name) {
        this.memory = ColumnChooser.class.getName() + "." + name;
        getContent().addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        getContent().addClassName("column-chooser");
        menu = getContent().addItem(VaadinIcon.TABLE.create());
        menu.add(getTranslation("columns.choose"));
        menu.setAriaLabel(getTranslation("columns.choose"));
    }

    /**
     * Offers the column (by its header label). It is shown as the person last chose in this session, or
     * as {@code shownByDefault} says before they chose.
     */
    public ColumnChooser offer(Grid.Column<?> column, String label, boolean shownByDefault) {
        MenuItem item = menu.getSubMenu().addItem(label, e -> chosen());
        item.setCheckable(true);
        item.setKeepOpen(true);
        Set<String> hidden = hidden();
        item.setChecked(hidden == null ? shownByDefault : !hidden.contains(column.getKey()));
        items.put(column, item);
        apply();
        return this;
    }

    /** The menu itself (for tests: its one item, then the columns' names). */
    public MenuBar menuBar() {
        return getContent();
    }

    /** Whether the person wants the column seen. */
    public boolean isChosen(Grid.Column<?> column) {
        MenuItem item = items.get(column);
        return item == null || item.isChecked();
    }

    /**
     * While held (e.g. a phone's card layout shows its own column), the chooser leaves the columns' visibility
     * to its owner; let go, it shows the chosen ones again.
     */
    public void hold(boolean hold) {
        this.holding = hold;
        setVisible(!hold);
        apply();
    }

    private void chosen() {
        Set<String> hidden = new HashSet<>();
        items.forEach((column, item) -> {
            if (!item.isChecked()) {
                hidden.add(column.getKey());
            }
        });
        if (session() != null) {
            session().setAttribute(memory, Set.copyOf(hidden));
        }
        apply();
    }

    private void apply() {
        if (!holding) {
            items.forEach((column, item) -> column.setVisible(item.isChecked()));
        }
    }

    /** The columns the person hid in this session, or null before they chose. */
    @SuppressWarnings("unchecked")
    private Set<String> hidden() {
        Object kept = session() == null ? null : session().getAttribute(memory);
        return kept instanceof Set<?> set ? (Set<String>) set : null;
    }

    private static VaadinSession session() {
        UI ui = UI.getCurrent();
        return ui == null ? VaadinSession.getCurrent() : ui.getSession();
    }
}
