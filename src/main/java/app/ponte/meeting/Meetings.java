package app.ponte.meeting;

import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.AnyMember;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as people see them: the team every organisation's (filtered by one if it likes), everybody else their
 * active organisation's only, through {@link OrganisationScope}; an id outside the scope is "not found" like a
 * missing one. The team moves and cancels single meetings with a reason (stale edits refused) and plans discovery
 * workshops; each change publishes its event for the calendar.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingPeople people;
    private final OrganisationNames names;
    private final Contacts contacts;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingRepository meetings, MeetingAccess access, MeetingPeople people, OrganisationNames names, Contacts contacts,
            OrganisationScope scope, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.people = people;
        this.names = names;
        this.contacts = contacts;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Meetings from now on, soonest first; {@code organisationId} narrows the team's list (others: their own). */
    @AnyMember
    public Slice<MeetingSummary> upcoming(@Nullable Long organisationId, Pageable pageable) {
        return summaries(meetings.findListedUpcoming(organisation(organisationId), clock.instant(), pageable));
    }

    /** Meetings that have started, latest first (held, cancelled, or still waiting for their minutes). */
    @AnyMember
    public Slice<MeetingSummary> past(@Nullable Long organisationId, Pageable pageable) {
        return summaries(meetings.findListedPast(organisation(organisationId), clock.instant(), pageable));
    }

    /** One meeting by id, within the caller's scope. */
    @AnyMember
    public MeetingSummary summary(long id) {
        return summary(access.open("meeting.read", id));
    }

    /** The organisations the team meets, by name: the list's filter and the workshop's choice. */
    @TeamOnly
    public List<ServedOrganisation> organisations() {
        return contacts.served().stream()
                .sorted(java.util.Comparator.comparing(ServedOrganisation::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Who may be invited to a meeting of the organisation: its active members and the team's active people. */
    @TeamOnly
    public List<MeetingPerson> invitable(long organisationId) {
        return people.choices(scope.require(organisationId, "meeting.read"));
    }

    /** Moves a planned meeting to a new start (not in the past), with the reason both sides will read. */
    @TeamOnly
    @Transactional
    public MeetingSummary move(long id, @Nullable Instant newStart, @Nullable String reason, long expectedVersion) {
        Meeting meeting = access.open("meeting.move", id);
        meeting.requireVersion(expectedVersion);
        requirePlanned(meeting);
        Instant start = requireFuture(newStart, "start");
        Reason why = Reason.required(reason, "meeting.error.reason-required");
        meeting.move(start, why.text(), clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingChanged(id, meeting.getState()));
        return summary(meeting);
    }

    /** Cancels a planned meeting, with the reason both sides will read. */
    @TeamOnly
    @Transactional
    public MeetingSummary cancel(long id, @Nullable String reason, long expectedVersion) {
        Meeting meeting = access.open("meeting.cancel", id);
        meeting.requireVersion(expectedVersion);
        requirePlanned(meeting);
        Reason why = Reason.required(reason, "meeting.error.reason-required");
        meeting.cancel(why.text(), clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingChanged(id, meeting.getState()));
        return summary(meeting);
    }

    /** Plans a discovery workshop with an organisation and people of both sides. */
    @TeamOnly
    @Transactional
    public MeetingSummary planWorkshop(WorkshopDraft draft) {
        if (draft.organisationId() == null) {
            throw new RejectedInputException("organisation", "meeting.error.organisation-required");
        }
        long organisationId = scope.require(draft.organisationId(), "meeting.plan");
        ZoneId zone = contacts.organisation(organisationId).map(ServedOrganisation::timeZone)
                .orElseThrow(() -> scope.notFound("meeting.plan", "Organisation", organisationId));
        String title = TextRules.required("title", draft.title(), Meeting.TITLE_MAX);
        Instant start = requireFuture(draft.start(), "start");
        if (draft.lengthMinutes() < SeriesDraft.LENGTH_MIN || draft.lengthMinutes() > SeriesDraft.LENGTH_MAX) {
            throw new RejectedInputException("lengthMinutes", "meeting.error.length", SeriesDraft.LENGTH_MIN,
                    SeriesDraft.LENGTH_MAX);
        }
        if (draft.participantIds().isEmpty()) {
            throw new RejectedInputException("participants", "meeting.error.participants-required");
        }
        people.requireInvitable(organisationId, draft.participantIds(), "participants");
        Meeting workshop = meetings.saveAndFlush(Meeting.single(organisationId, MeetingKind.WORKSHOP, title, start,
                draft.lengthMinutes(), zone, "meeting-" + UUID.randomUUID() + "@ponte", draft.participantIds(),
                clock.instant()));
        events.publishEvent(new MeetingScheduled(workshop.getId()));
        return summary(workshop);
    }

    private @Nullable Long organisation(@Nullable Long asked) {
        return asked == null ? scope.restriction() : Long.valueOf(scope.require(asked, "meeting.list"));
    }

    private static void requirePlanned(Meeting meeting) {
        if (meeting.getState() != MeetingState.PLANNED) {
            throw new RejectedInputException("reason", "meeting.error.not-planned");
        }
    }

    private Instant requireFuture(@Nullable Instant start, String field) {
        if (start == null) {
            throw new RejectedInputException(field, "meeting.error.start-required");
        }
        if (!start.isAfter(clock.instant())) {
            throw new RejectedInputException(field, "meeting.error.start-in-past");
        }
        return start;
    }

    private Slice<MeetingSummary> summaries(Slice<Meeting> page) {
        Map<Long, String> organisationNames = names.names(page.stream().map(Meeting::getOrganisationId)
                .collect(Collectors.toSet()));
        var namer = people.namer(page.stream().flatMap(m -> m.getParticipantIds().stream())
                .collect(Collectors.toSet()));
        return page.map(m -> summary(m, organisationNames.getOrDefault(m.getOrganisationId(), ""),
                namer.apply(m.getParticipantIds())));
    }

    private MeetingSummary summary(Meeting meeting) {
        return summary(meeting, names.names(List.of(meeting.getOrganisationId()))
                .getOrDefault(meeting.getOrganisationId(), ""), people.named(meeting.getParticipantIds()));
    }

    private static MeetingSummary summary(Meeting m, String organisationName, List<MeetingPerson> participants) {
        return new MeetingSummary(m.getId(), m.getVersion(), m.getOrganisationId(), organisationName, m.getKind(),
                m.getState(), m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getZone(), participants,
                m.getChangeReason(), m.getIcsUid(), m.getIcsSequence(), m.getSeriesId(), m.getOccurrenceOf());
    }
}
