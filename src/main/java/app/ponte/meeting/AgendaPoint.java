package app.ponte.meeting;

import app.ponte.base.AbstractEntity;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.TypedArguments;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One point of a meeting's agenda kept as a row: a point a person added before the meeting (live until the meeting is
 * held), or a point frozen when it was held (what Ponte wrote from the data, the open action items).
 */
@Entity
@Table(name = "agenda_points")
class AgendaPoint extends AbstractEntity {

    static final int TEXT_MAX = 1000;
    /** The arguments column (V50): a frozen line's typed arguments, kept as {@link TypedArguments} writes them. */
    static final int ARGUMENTS_COLUMN = 2000;
    static final String ADDED_SECTION = "meeting.agenda.section.added";
    static final String ADDED_MESSAGE = "meeting.agenda.added";

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private AgendaPointOrigin origin;

    @Column(name = "frozen", nullable = false)
    private boolean frozen;

    @Column(name = "section_key", nullable = false, length = 120)
    private String sectionKey;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    @Column(name = "arguments", nullable = false, length = ARGUMENTS_COLUMN)
    private String arguments;

    @Column(name = "link", length = 300)
    private @Nullable String link;

    @Column(name = "point_text", length = TEXT_MAX)
    private @Nullable String text;

    @Column(name = "added_by")
    private @Nullable Long addedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AgendaPoint() {
    }

    private AgendaPoint(long meetingId, AgendaPointOrigin origin, String sectionKey, AgendaLine line, Instant now) {
        this.meetingId = meetingId;
        this.origin = origin;
        this.sectionKey = sectionKey;
        this.messageKey = line.messageKey();
        this.arguments = TypedArguments.write(line.arguments(), ARGUMENTS_COLUMN, ARGUMENTS_COLUMN);
        this.link = line.link();
        this.createdAt = now;
    }

    /** A point a person adds before the meeting: their words, shown as written. */
    static AgendaPoint added(long meetingId, int sortOrder, String text, long accountId, String accountName,
            Instant now) {
        var point = new AgendaPoint(meetingId, AgendaPointOrigin.ADDED, ADDED_SECTION,
                new AgendaLine(ADDED_MESSAGE, List.of(new Argument.Text(text), new Argument.Text(accountName)), null),
                now);
        point.sortOrder = sortOrder;
        point.text = text;
        point.addedBy = accountId;
        return point;
    }

    /** A point of the live agenda as it read when the meeting was held. */
    static AgendaPoint frozen(long meetingId, int sortOrder, AgendaPointOrigin origin, String sectionKey,
            AgendaLine line, Instant now) {
        var point = new AgendaPoint(meetingId, origin, sectionKey, line, now);
        point.sortOrder = sortOrder;
        point.frozen = true;
        return point;
    }

    /** An added point becomes part of the frozen agenda, in its place after the others. */
    void freezeAt(int newSortOrder) {
        this.sortOrder = newSortOrder;
        this.frozen = true;
    }

    AgendaLine line() {
        return new AgendaLine(messageKey, TypedArguments.read(arguments), link);
    }

    long getMeetingId() {
        return meetingId;
    }

    int getSortOrder() {
        return sortOrder;
    }

    AgendaPointOrigin getOrigin() {
        return origin;
    }

    boolean isFrozen() {
        return frozen;
    }

    String getSectionKey() {
        return sectionKey;
    }

    @Nullable String getText() {
        return text;
    }

    @Nullable Long getAddedBy() {
        return addedBy;
    }
}
