package app.ponte.meeting;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.base.Versioned;
import app.ponte.security.CurrentUser;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team writes a meeting's minutes: public and internal notes together, refused when somebody saved them after
 * the writer loaded them (the page then says who and keeps what was typed), and its decisions or needs found.
 */
@Service
@Transactional(readOnly = true)
public class Minutes {

    private final MeetingAccess access;
    private final MeetingMinutesRepository minutes;
    private final MeetingOutcomeRepository outcomes;
    private final MinutesReader reader;
    private final CurrentUser currentUser;
    private final Clock clock;

    Minutes(MeetingAccess access, MeetingMinutesRepository minutes, MeetingOutcomeRepository outcomes,
            MinutesReader reader, CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.minutes = minutes;
        this.outcomes = outcomes;
        this.reader = reader;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Saves both notes; {@code expectedVersion} is the version the writer loaded (null when there were none yet).
     * Returns the minutes as saved.
     */
    @TeamOnly
    @Transactional
    public MinutesText save(long meetingId, @Nullable String publicNotes, @Nullable String internalNotes,
            @Nullable Long expectedVersion) {
        access.open("meeting.minutes.save", meetingId);
        String shared = TextRules.optional("public", publicNotes, MeetingMinutes.NOTES_MAX);
        String internal = TextRules.optional("internal", internalNotes, MeetingMinutes.NOTES_MAX);
        Optional<MeetingMinutes> existing = minutes.findByMeetingId(meetingId);
        Versioned.requireVersion(existing, expectedVersion);
        MeetingMinutes written = existing.orElseGet(() -> new MeetingMinutes(meetingId));
        written.write(shared, internal, currentUser.require().accountId(), clock.instant());
        minutes.saveAndFlush(written);
        return reader.read(meetingId, true);
    }

    /** Adds a decision (a need found, for a workshop) at the end of the meeting's list; returns its id. */
    @TeamOnly
    @Transactional
    public long addOutcome(long meetingId, String text) {
        Meeting meeting = access.open("meeting.outcome.add", meetingId);
        if (meeting.getState() == MeetingState.CANCELLED) {
            throw new RejectedInputException("outcome", "meeting.outcome.cancelled");
        }
        String written = TextRules.required("outcome", text, MeetingOutcome.TEXT_MAX);
        return outcomes.save(new MeetingOutcome(meetingId, OutcomeKind.of(meeting.getKind()), written,
                (int) outcomes.countByMeetingId(meetingId), clock.instant())).getId();
    }

    /** Takes a decision or need found out of the minutes. */
    @TeamOnly
    @Transactional
    public void removeOutcome(long outcomeId) {
        MeetingOutcome outcome = outcomes.findById(outcomeId)
                .orElseThrow(() -> new RejectedInputException("outcome", "meeting.outcome.gone"));
        access.open("meeting.outcome.remove", outcome.getMeetingId());
        outcomes.delete(outcome);
    }
}
