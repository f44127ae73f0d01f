package app.ponte.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.Optional;

/**
 * A list filter over typed values: its empty selection means "any" and is labelled so, translated, so no
 * view needs a string marker for "all". {@link #chosen()} is empty when the filter is off.
 */
public class FilterSelect<T> extends Select<T> {

    public FilterSelect(String label, String anyLabel, Collection<T> items, ItemLabelGenerator<T> itemLabel) {
        setLabel(label);
        setItems(items);
        // Select asks the generator for the empty item's label too, with null.
        setItemLabelGenerator(item -> item == null ? anyLabel : itemLabel.apply(item));
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(anyLabel);
    }

    public Optional<T> chosen() {
        return Optional.ofNullable(getValue());
    }
}
