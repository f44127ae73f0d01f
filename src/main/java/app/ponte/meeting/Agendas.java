package app.ponte.meeting;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.security.AnyMember;
import app.ponte.security.CurrentUser;
import app.ponte.security.PonteUser;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda as people shape it: both sides add points while the meeting is planned; the team holds the
 * meeting, which freezes the whole agenda as it reads at that moment into rows and marks the meeting held.
 */
@Service
@Transactional(readOnly = true)
public class Agendas {

    private final MeetingAccess access;
    private final AgendaPointRepository points;
    private final AgendaBuilder builder;
    private final CurrentUser currentUser;
    private final Clock clock;

    Agendas(MeetingAccess access, AgendaPointRepository points, AgendaBuilder builder, CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.points = points;
        this.builder = builder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Adds a point, in the caller's words, to a planned meeting of an organisation the caller sees. */
    @AnyMember
    @Transactional
    public void addPoint(long meetingId, String text) {
        Meeting meeting = access.open("meeting.add-point", meetingId);
        String point = TextRules.required("point", text, AgendaPoint.TEXT_MAX);
        if (meeting.getState() != MeetingState.PLANNED) {
            throw new RejectedInputException("point", "meeting.agenda.closed");
        }
        PonteUser caller = currentUser.require();
        points.save(AgendaPoint.added(meetingId, (int) points.countByMeetingId(meetingId), point, caller.accountId(),
                caller.displayName(), clock.instant()));
    }

    /** Marks the meeting held (refused on a stale copy) and freezes its agenda as it reads now. */
    @TeamOnly
    @Transactional
    public void hold(long meetingId, long expectedVersion) {
        Meeting meeting = access.open("meeting.hold", meetingId);
        meeting.requireVersion(expectedVersion);
        if (meeting.getState() != MeetingState.PLANNED) {
            throw new RejectedInputException("hold", "meeting.hold.not-planned");
        }
        Instant now = clock.instant();
        if (!meeting.mayBeHeldAt(now)) {
            throw new RejectedInputException("hold", "meeting.hold.not-started");
        }
        int position = 0;
        for (AgendaBuilder.Entry entry : builder.live(meeting, now)) {
            if (entry.origin() != AgendaPointOrigin.ADDED) {
                points.save(AgendaPoint.frozen(meetingId, position++, entry.origin(), entry.sectionKey(),
                        entry.line(), now));
            }
        }
        List<AgendaPoint> added = points.findByMeetingIdOrderBySortOrderAscIdAsc(meetingId).stream()
                .filter(point -> point.getOrigin() == AgendaPointOrigin.ADDED).toList();
        for (AgendaPoint point : added) {
            point.freezeAt(position++);
        }
        meeting.held(now);
    }
}
