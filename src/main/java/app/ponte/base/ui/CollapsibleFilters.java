package app.ponte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list's filters, which on a phone fold behind one button telling how many filters are on ("Filters (2)").
 * On a wide screen the button is hidden and the filters stand in a row (styles.css, {@code .collapsible-filters}):
 * the folding is the browser's, the count and the open state the server's, so both are one code path.
 */
public class CollapsibleFilters extends Composite<Div> {

    final Button toggle = new Button();
    private final Div fields = new Div();
    private final List<Tracked<?>> tracked = new ArrayList<>();
    private boolean open;

    public CollapsibleFilters() {
        getContent().addClassName("collapsible-filters");
        toggle.addClassName("collapsible-filters-toggle");
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        toggle.addClickListener(e -> setOpen(!open));
        fields.addClassName("collapsible-filters-fields");
        getContent().add(toggle, fields);
        count();
    }

    /** Adds a filter; it counts as "on" while its value differs from {@code off}. */
    public <V> CollapsibleFilters add(HasValue<?, V> filter, V off) {
        tracked.add(new Tracked<>(filter, off));
        filter.addValueChangeListener(e -> count());
        fields.add((Component) filter);
        count();
        return this;
    }

    /** Adds something that is no filter (e.g. the saved filters' picker), folded with them. */
    public CollapsibleFilters addOther(Component... components) {
        fields.add(components);
        return this;
    }

    public Button toggle() {
        return toggle;
    }

    public int active() {
        return (int) tracked.stream().filter(Tracked::on).count();
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
        getContent().getElement().setAttribute("open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    private void count() {
        int active = active();
        toggle.setText(active == 0 ? getTranslation("filters.toggle") : getTranslation("filters.toggle-count", active));
    }

    private record Tracked<V>(HasValue<?, V> filter, V off) {
        boolean on() {
            V value = filter.getValue();
            boolean empty = value == null || value instanceof String text && text.isBlank();
            boolean offEmpty = off == null || off instanceof String text && text.isBlank();
            return empty ? !offEmpty : !Objects.equals(value, off);
        }
    }
}
