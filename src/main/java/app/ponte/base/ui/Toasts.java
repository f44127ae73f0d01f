package app.ponte.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The short messages that confirm or refuse an action, the same everywhere: bottom left, four seconds for
 * news, longer and in the middle for a failure the user has to read. Texts come translated.
 */
public final class Toasts {

    private Toasts() {
    }

    /** Something was done ("Saved", "Request #12 filed"). */
    public static Notification done(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Neutral news (a filter saved, nothing to do). */
    public static Notification info(String text) {
        return Notification.show(text, 4000, Notification.Position.BOTTOM_START);
    }

    /** The action was refused or failed; nothing was changed. */
    public static Notification failed(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
