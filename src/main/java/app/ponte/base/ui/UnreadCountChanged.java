package app.ponte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A view changed what is unread outside the bell (an acknowledged page marks its notices read): the bell counts
 * again at once instead of at the next navigation. Fired on the UI, so the view need not know the bell.
 */
public final class UnreadCountChanged extends ComponentEvent<UI> {

    private UnreadCountChanged(UI ui) {
        super(ui, false);
    }

    /** Tells the bell of {@code source}'s UI to count again. */
    public static void fire(Component source) {
        source.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui)));
    }
}
