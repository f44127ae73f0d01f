package app.ponte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Whether the browser window is narrower than a phone layout's width, for the lists that show cards there instead
 * of columns: said once, so that every such list switches at the same width and stops listening when it leaves.
 */
public final class NarrowScreen {

    /** Below this window width a list shows cards. */
    public static final int WIDTH_PX = 600;

    private NarrowScreen() {
    }

    /**
     * From each attach of {@code component} on, tells {@code change} the window's narrowness at once and again
     * whenever it crosses {@link #WIDTH_PX} ({@code current} says what the component shows now); stops at detach.
     */
    public static void follow(Component component, BooleanSupplier current, Consumer<Boolean> change) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> {
                if (details.getWindowInnerWidth() > 0) {
                    change.accept(details.getWindowInnerWidth() < WIDTH_PX);
                }
            });
            Registration resizing = page.addBrowserWindowResizeListener(resize -> {
                boolean narrow = resize.getWidth() < WIDTH_PX;
                if (narrow != current.getAsBoolean()) {
                    change.accept(narrow);
                }
            });
            component.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * A grid's phone layout: when {@code narrow}, only its {@code card} column shows (one card per row, its text
     * wrapping: nothing cut off at the side); otherwise every column but the card.
     */
    public static <T> void showCards(Grid<T> grid, Grid.Column<T> card, boolean narrow) {
        grid.getColumns().forEach(column -> column.setVisible(narrow == (column == card)));
    }
}
