package app.ponte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

/**
 * The column of a grid that holds each row's actions (a menu or buttons). Its header names it, short and
 * visible ("Actions"): a table header is never empty for screen readers (axe-core counts only text shown on
 * screen). A fixed width: an automatic one is measured before a menu bar has drawn itself, and the bar's only
 * item then moved into an overflow button nobody could see.
 */
public final class RowActionsColumn {

    public static final String KEY = "actions";

    private RowActionsColumn() {
    }

    public static <T> Grid.Column<T> add(Grid<T> grid, SerializableFunction<T, ? extends Component> actions) {
        return grid.addComponentColumn(actions::apply).setKey(KEY).setHeader(grid.getTranslation("grid.row-actions"))
                .setWidth("5.5rem").setFlexGrow(0);
    }
}
