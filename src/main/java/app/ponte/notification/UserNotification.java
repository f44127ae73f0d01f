package app.ponte.notification;

import app.ponte.base.NotificationLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One notification for one person, shown by the bell until read. */
@Entity
@Table(name = "notifications")
class UserNotification {

    /** Separates the arguments in their column; the unit separator never occurs in user text we keep. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private NotificationEvent event;

    @Column(name = "arguments", nullable = false, length = 1000)
    private String arguments;

    @Column(name = "link", nullable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected UserNotification() {
    }

    UserNotification(long recipientId, NotificationEvent event, List<String> arguments, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.event = event;
        this.arguments = String.join(SEPARATOR, arguments.stream().map(UserNotification::clean).toList());
        this.link = link;
        this.createdAt = createdAt;
    }

    private static String clean(String argument) {
        String text = argument.replace(SEPARATOR, " ");
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    NotificationLine toLine() {
        return new NotificationLine(id, event.messageKey(), Arrays.asList(arguments.split(SEPARATOR, -1)), link,
                createdAt, readAt != null);
    }
}
