package app.ponte.meeting;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.RejectedInputException;
import app.ponte.base.Versioned;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.ReviewCadence;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.AnyMember;
import app.ponte.security.InternalToServices;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's review series: the one place its review cadence is set (the organisation's own cadence field
 * follows it). The team (admins and team members) sets it; every member reads their own organisation's. A time
 * outside the shared working hours, or a day without any, is refused on its field unless the team confirms it
 * knowingly; attendees come from the organisation and the team only. Saving brings the occurrences in line.
 */
@Service
@Transactional(readOnly = true)
public class ReviewSeries {

    private final MeetingSeriesRepository series;
    private final Occurrences occurrences;
    private final MeetingPeople people;
    private final WorkingHours workingHours;
    private final Contacts contacts;
    private final Organisations organisations;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewSeries(MeetingSeriesRepository series, Occurrences occurrences, MeetingPeople people,
            WorkingHours workingHours, Contacts contacts, Organisations organisations, OrganisationScope scope,
            ApplicationEventPublisher events, Clock clock) {
        this.series = series;
        this.occurrences = occurrences;
        this.people = people;
        this.workingHours = workingHours;
        this.contacts = contacts;
        this.organisations = organisations;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation's series, or a proposal when it has none yet (monthly, first Tuesday, at the proposed hour). */
    @AnyMember
    public SeriesDetails series(long organisationId) {
        ZoneId zone = zoneOf(scope.require(organisationId, "meeting-series.read"));
        return series.findByOrganisationId(organisationId).map(this::details).orElseGet(() -> {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            var proposal = new SeriesDraft(ReviewCadence.MONTHLY, DayOfWeek.TUESDAY, 1, LocalTime.of(10, 0), 60,
                    today, true, Set.of(), false);
            LocalTime hour = advice(organisationId, zone, proposal).proposedStart();
            return new SeriesDetails(organisationId, null, null, zone, hour == null ? proposal : withTime(proposal,
                    hour), null);
        });
    }

    /** Whether the team reviews with this organisation at all (its own organisation it does not). */
    @AnyMember
    public boolean reviewed(long organisationId) {
        scope.require(organisationId, "meeting-series.read");
        return contacts.organisation(organisationId).filter(o -> o.kind() != OrganisationKind.TEAM).isPresent();
    }

    /** Who may attend: the organisation's active members and the team's active people. */
    @AnyMember
    public List<MeetingPerson> attendeeChoices(long organisationId) {
        return people.choices(scope.require(organisationId, "meeting-series.read"));
    }

    /** The shared working hours on the series' next day as drafted, and the hour Ponte proposes. */
    @AnyMember
    public CadenceAdvice advice(long organisationId, SeriesDraft draft) {
        ZoneId zone = zoneOf(scope.require(organisationId, "meeting-series.read"));
        return advice(organisationId, zone, draft);
    }

    /**
     * Sets the organisation's series if nobody saved it since {@code expectedVersion} (null: the caller saw none);
     * audited, {@link SeriesChanged} published, its occurrences brought in line.
     */
    @TeamOnly
    @Transactional
    public SeriesDetails save(long organisationId, SeriesDraft draft, @Nullable Long expectedVersion) {
        ZoneId zone = zoneOf(scope.require(organisationId, "meeting-series.save"));
        if (!reviewed(organisationId)) {
            throw new RejectedInputException("cadence", "meeting.error.team-has-no-reviews");
        }
        Optional<MeetingSeries> existing = series.findByOrganisationId(organisationId);
        Versioned.requireVersion(existing, expectedVersion);
        SeriesRule rule = validRule(draft, zone);
        people.requireInvitable(organisationId, draft.attendeeIds(), "attendees");
        if (draft.active() && !draft.outsideWorkingHours()) {
            requireWithinWorkingHours(organisationId, zone, draft, rule);
        }
        String before = existing.map(ReviewSeries::describe).orElse(null);
        MeetingSeries saved = existing.orElseGet(() -> new MeetingSeries(organisationId,
                "series-" + UUID.randomUUID() + "@ponte", clock.instant()));
        saved.setRule(rule.cadence(), rule.dayOfWeek(), rule.weekOfMonth(), rule.time(), draft.lengthMinutes(), zone,
                rule.firstDay(), draft.active(), draft.attendeeIds(), clock.instant());
        saved = series.saveAndFlush(saved);
        events.publishEvent(new AdministrativeChange(before == null ? "meeting-series.create" : "meeting-series.update",
                "MeetingSeries", saved.getId(), organisationId, before, describe(saved)));
        events.publishEvent(new SeriesChanged(saved.getId()));
        occurrences.keep(saved);
        organisations.followReviewCadence(organisationId, rule.cadence());
        return details(saved);
    }

    /**
     * The occurrences the organisation's series gave between two past instants, recorded as planned meetings that
     * wait for their minutes (for the demo's history; never announced). Empty without a series.
     */
    @InternalToServices
    @Transactional
    public List<Long> recordPastOccurrences(long organisationId, Instant from, Instant to) {
        return series.findByOrganisationId(organisationId).map(one -> occurrences.recordPast(one, from, to))
                .orElse(List.of());
    }

    private SeriesRule validRule(SeriesDraft draft, ZoneId zone) {
        if (draft.cadence() == null) {
            throw new RejectedInputException("cadence", "meeting.error.cadence-required");
        }
        if (draft.dayOfWeek() == null) {
            throw new RejectedInputException("dayOfWeek", "meeting.error.day-required");
        }
        if (SeriesRule.monthly(draft.cadence()) && !SeriesRule.validWeekOfMonth(draft.weekOfMonth())) {
            throw new RejectedInputException("weekOfMonth", "meeting.error.week-of-month");
        }
        if (draft.localTime() == null) {
            throw new RejectedInputException("localTime", "meeting.error.time-required");
        }
        if (draft.lengthMinutes() < SeriesDraft.LENGTH_MIN || draft.lengthMinutes() > SeriesDraft.LENGTH_MAX) {
            throw new RejectedInputException("lengthMinutes", "meeting.error.length", SeriesDraft.LENGTH_MIN,
                    SeriesDraft.LENGTH_MAX);
        }
        if (draft.firstDay() == null) {
            throw new RejectedInputException("firstDay", "meeting.error.first-day-required");
        }
        return new SeriesRule(draft.cadence(), draft.dayOfWeek(), draft.weekOfMonth(), draft.localTime(), zone,
                draft.firstDay());
    }

    /** No shared hours that day: refused on the day; a time outside them: refused on the time, naming them. */
    private void requireWithinWorkingHours(long organisationId, ZoneId zone, SeriesDraft draft, SeriesRule rule) {
        CadenceAdvice advice = advice(organisationId, zone, draft);
        if (!advice.hasOverlap()) {
            throw new RejectedInputException("dayOfWeek", "meeting.error.no-overlap");
        }
        var overlap = workingHours.overlapWithTeam(organisationId, zone);
        if (!overlap.fits(advice.day(), rule.time(), Duration.ofMinutes(draft.lengthMinutes()))) {
            String windows = advice.windows().stream().map(w -> w.startTime() + "–" + w.endTime())
                    .collect(Collectors.joining(", "));
            throw new RejectedInputException("localTime", "meeting.error.outside-overlap", windows,
                    advice.proposedStart() == null ? "" : advice.proposedStart().toString());
        }
    }

    private CadenceAdvice advice(long organisationId, ZoneId zone, SeriesDraft draft) {
        LocalDate day = nextDay(draft, zone);
        var overlap = workingHours.overlapWithTeam(organisationId, zone);
        int length = Math.max(SeriesDraft.LENGTH_MIN, draft.lengthMinutes());
        return new CadenceAdvice(day, zone, overlap.on(day),
                overlap.proposedStart(day, Duration.ofMinutes(length)).orElse(null));
    }

    /** The series' next day from today as drafted (the weekday's next date when the rule is not complete yet). */
    private LocalDate nextDay(SeriesDraft draft, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        DayOfWeek weekday = draft.dayOfWeek() == null ? DayOfWeek.TUESDAY : draft.dayOfWeek();
        LocalDate from = draft.firstDay() != null && draft.firstDay().isAfter(today) ? draft.firstDay() : today;
        if (draft.cadence() != null && (!SeriesRule.monthly(draft.cadence())
                || SeriesRule.validWeekOfMonth(draft.weekOfMonth()))) {
            var rule = new SeriesRule(draft.cadence(), weekday, draft.weekOfMonth(), LocalTime.NOON, zone,
                    draft.firstDay() == null ? today : draft.firstDay());
            return rule.firstOnOrAfter(from);
        }
        return from.with(java.time.temporal.TemporalAdjusters.nextOrSame(weekday));
    }

    private SeriesDetails details(MeetingSeries one) {
        var draft = new SeriesDraft(one.getCadence(), one.getDayOfWeek(), one.getWeekOfMonth(), one.getLocalTime(),
                one.getLengthMinutes(), one.getFirstDay(), one.isActive(), one.getAttendeeIds(), false);
        return new SeriesDetails(one.getOrganisationId(), one.getId(), one.getVersion(), one.getZone(), draft,
                one.isActive() ? SeriesRule.of(one).next(clock.instant()).orElse(null) : null);
    }

    private ZoneId zoneOf(long organisationId) {
        return contacts.organisation(organisationId).map(ServedOrganisation::timeZone)
                .orElseThrow(() -> scope.notFound("meeting-series.read", "Organisation", organisationId));
    }

    private static SeriesDraft withTime(SeriesDraft draft, LocalTime time) {
        return new SeriesDraft(draft.cadence(), draft.dayOfWeek(), draft.weekOfMonth(), time, draft.lengthMinutes(),
                draft.firstDay(), draft.active(), draft.attendeeIds(), draft.outsideWorkingHours());
    }

    private static String describe(MeetingSeries one) {
        return "cadence=" + one.getCadence() + ", day=" + one.getDayOfWeek()
                + (one.getWeekOfMonth() == null ? "" : ", weekOfMonth=" + one.getWeekOfMonth())
                + ", time=" + one.getLocalTime() + ", length=" + one.getLengthMinutes() + ", zone=" + one.getZone()
                + ", from=" + one.getFirstDay() + ", active=" + one.isActive()
                + ", attendees=" + one.getAttendeeIds().stream().sorted().toList();
    }
}
