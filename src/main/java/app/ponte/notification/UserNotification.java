package app.ponte.notification;

import app.ponte.base.NotificationLine;
import app.ponte.base.NotificationLine.Argument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One notification for one person, shown by the bell until read. */
@Entity
@Table(name = "notifications")
class UserNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private NotificationEvent event;

    @Column(name = "arguments", nullable = false, length = NoticeArguments.COLUMN)
    private String arguments;

    /** How {@link #arguments} is written: {@link NoticeArguments#TYPED}, or the prefixes of older rows. */
    @Column(name = "arguments_format", nullable = false)
    private int argumentsFormat;

    @Column(name = "link", nullable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected UserNotification() {
    }

    UserNotification(long recipientId, NotificationEvent event, List<Argument> arguments, String link,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.event = event;
        this.arguments = NoticeArguments.write(arguments);
        this.argumentsFormat = NoticeArguments.TYPED;
        this.link = link;
        this.createdAt = createdAt;
    }

    NotificationLine toLine() {
        return new NotificationLine(id == null ? 0 : id, event.messageKey(),
                NoticeArguments.read(arguments, argumentsFormat), link, createdAt, readAt != null);
    }
}
