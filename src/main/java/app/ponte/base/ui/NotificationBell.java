package app.ponte.base.ui;

import app.ponte.base.NotificationLine;
import app.ponte.base.UnreadNotifications;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;

/**
 * The bell in the navigation bar: how many notifications are unread, and the latest ones in a popover.
 * Opening one marks it read and goes where it points; the count is refreshed on every navigation. Unread ones
 * carry a "new" badge and stand out; every text is shown whole, wrapped.
 */
class NotificationBell extends Div {

    static final String ID = "notification-bell";
    static final int SHOWN = 10;

    final Button button = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    final VerticalLayout list = new VerticalLayout();
    final Button markAllRead = new Button();

    private final UnreadNotifications notifications;

    NotificationBell(UnreadNotifications notifications, ViewerTime viewerTime) {
        this.notifications = notifications;
        addClassName("notification-bell");
        button.setId(ID);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("notifications.bell"));
        count.getElement().getThemeList().add("badge error pill small");
        count.addClassName("notification-count");
        markAllRead.setText(getTranslation("notifications.mark-all-read"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            notifications.markAllRead();
            refresh(viewerTime);
        });
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("notification-list");
        popover.setTarget(button);
        popover.setWidth("24rem");
        popover.add(list, markAllRead, new Anchor("notifications", getTranslation("notifications.all")));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh(viewerTime);
            }
        });
        add(button, count, popover);
        refreshCount();
        addAttachListener(attach -> {
            var listening = ComponentUtil.addListener(attach.getUI(), UnreadCountChanged.class, e -> refreshCount());
            addDetachListener(detach -> {
                listening.remove();
                detach.unregisterListener();
            });
        });
    }

    void refreshCount() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("notifications.bell-unread", unread));
    }

    private void refresh(ViewerTime viewerTime) {
        list.removeAll();
        var latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notifications.none")));
        }
        latest.forEach(line -> list.add(item(line, viewerTime)));
        refreshCount();
    }

    private Div item(NotificationLine line, ViewerTime viewerTime) {
        var text = new Span(line.text(this::getTranslation));
        text.addClassName("notification-text");
        var when = new Span(viewerTime.format(line.createdAt(), getLocale()));
        when.addClassName("notification-time");
        var item = new Div(text, when);
        if (!line.read()) {
            var marker = new Span(getTranslation("notifications.unread-marker"));
            marker.getElement().getThemeList().add("badge primary small");
            marker.addClassName("notification-marker");
            item.addComponentAsFirst(marker);
        }
        item.addClassName(line.read() ? "notification-read" : "notification-unread");
        item.addClickListener(e -> {
            notifications.markRead(line.id());
            popover.close();
            getUI().ifPresent(ui -> ui.navigate(line.link()));
            refreshCount();
        });
        return item;
    }
}
