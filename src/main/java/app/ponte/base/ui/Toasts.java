package app.ponte.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

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

    /**
     * A refusal the person has to act on elsewhere (reload the page, say): it stays, in the middle, until
     * they close it, so that it is still there when they look up from what they typed.
     */
    public static Notification failedUntilClosed(String text, String closeLabel) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        close.setAriaLabel(closeLabel);
        var content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }
}
