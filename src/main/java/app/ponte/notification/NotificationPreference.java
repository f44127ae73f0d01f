package app.ponte.notification;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How one person wants to hear about one kind of event. Without a row: in the app and by e-mail. */
@Entity
@Table(name = "notification_preferences")
class NotificationPreference extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private NotificationEvent event;

    @Column(name = "in_app", nullable = false)
    private boolean inApp;

    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    protected NotificationPreference() {
    }

    NotificationPreference(long accountId, NotificationEvent event) {
        this.accountId = accountId;
        this.event = event;
        this.inApp = true;
        this.byEmail = true;
    }

    void choose(boolean inApp, boolean byEmail) {
        this.inApp = inApp;
        this.byEmail = byEmail;
    }

    NotificationEvent getEvent() {
        return event;
    }

    boolean isInApp() {
        return inApp;
    }

    boolean isByEmail() {
        return byEmail;
    }
}
