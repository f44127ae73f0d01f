package app.ponte.base;

import java.util.List;

/**
 * The signed-in person's notifications as the layout's bell shows them. Declared here, implemented by
 * the notification feature, so that the layout can show the bell without depending on it.
 */
public interface UnreadNotifications {

    long unreadCount();

    List<NotificationLine> latest(int limit);

    /** Marks one of the caller's notifications read; someone else's id changes nothing. */
    void markRead(long notificationId);

    void markAllRead();
}
