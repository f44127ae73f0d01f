package app.ponte.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** That one reminder of an action item went out; unique per item and kind, so it never goes twice. Never edited. */
@Entity
@Table(name = "action_item_reminders")
class ActionItemReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "action_item_id", nullable = false)
    private long actionItemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ReminderKind kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ActionItemReminder() {
    }

    ActionItemReminder(long actionItemId, ReminderKind kind, Instant sentAt) {
        this.actionItemId = actionItemId;
        this.kind = kind;
        this.sentAt = sentAt;
    }

    @Nullable Long getId() {
        return id;
    }
}
