package app.ponte.meeting;

import app.ponte.organisation.Contact;
import app.ponte.organisation.ReviewCadence;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Meetings as RFC 5545 calendar entries (ical4j, whose zone database gives each VTIMEZONE without a download).
 * A series is one VEVENT with its rule in the organisation's zone; one occurrence moved is an override with the
 * series' UID and RECURRENCE-ID = the start the series gave it; a workshop has its own UID. Each entry is written
 * in one reader's language; what people typed (a title, a reason) goes in as text, escaped and folded by ical4j.
 */
@Component
class CalendarEntries {

    static final String FILE_NAME = "meeting.ics";

    private static final String PRODID = "-//Ponte//Meetings//EN";

    private final I18NProvider translations;
    private final Clock clock;
    private final String organiser;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CalendarEntries(I18NProvider translations, Clock clock,
            @Value("${ponte.mail.from:ponte@localhost}") String organiser) {
        this.translations = translations;
        this.clock = clock;
        this.organiser = organiser;
    }

    /** The media type of an attachment with this method, as mail clients look for it. */
    static String mediaType(String method) {
        return "text/calendar; method=" + method + "; charset=UTF-8";
    }

    /** The whole series (REQUEST, or CANCEL when it stopped), with the given people as attendees. */
    byte[] series(MeetingSeries series, ZonedDateTime first, String organisationName, Collection<Contact> people,
            Locale locale) {
        String method = series.isActive() ? Method.VALUE_REQUEST : Method.VALUE_CANCEL;
        VEvent event = seriesEvent(series, first, List.of(), organisationName, locale);
        if (!series.isActive()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        addPeople(event, people);
        return write(method, List.of(event));
    }

    /**
     * One meeting: a workshop, or an occurrence as an override of its series. REQUEST while it is planned,
     * CANCEL once cancelled.
     */
    byte[] meeting(Meeting meeting, String organisationName, Collection<Contact> people, Locale locale) {
        boolean cancelled = meeting.getState() == MeetingState.CANCELLED;
        VEvent event = meetingEvent(meeting, organisationName, locale);
        addPeople(event, people);
        return write(cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST, List.of(event));
    }

    /** One meeting to download from its page (PUBLISH): a workshop, or an occurrence with its RECURRENCE-ID. */
    byte[] download(Meeting meeting, String organisationName, Collection<Contact> people, Locale locale) {
        VEvent event = meetingEvent(meeting, organisationName, locale);
        addPeople(event, people);
        return write(Method.VALUE_PUBLISH, List.of(event));
    }

    /** A series to draw in a feed: its rule, and its occurrences that differ from the rule. */
    record FeedSeries(MeetingSeries series, ZonedDateTime first, String organisationName, List<Meeting> occurrences) {
    }

    /** A feed (PUBLISH): series with cancelled occurrences as EXDATE and moved ones as overrides; single meetings. */
    byte[] feed(List<FeedSeries> series, List<Meeting> singles, Map<Long, String> organisationNames,
            Locale locale) {
        List<VEvent> events = new ArrayList<>();
        for (FeedSeries each : series) {
            List<ZonedDateTime> skipped = new ArrayList<>();
            List<Meeting> moved = new ArrayList<>();
            for (Meeting occurrence : each.occurrences()) {
                Instant of = occurrence.getOccurrenceOf();
                if (of == null) {
                    continue;
                }
                if (occurrence.getState() == MeetingState.CANCELLED) {
                    skipped.add(of.atZone(each.series().getZone()));
                } else if (!occurrence.getStartsAt().equals(of)) {
                    moved.add(occurrence);
                }
            }
            events.add(seriesEvent(each.series(), each.first(), skipped, each.organisationName(), locale));
            moved.forEach(m -> events.add(meetingEvent(m, each.organisationName(), locale)));
        }
        for (Meeting single : singles) {
            VEvent event = meetingEvent(single, organisationNames.getOrDefault(single.getOrganisationId(), ""),
                    locale);
            events.add(event);
        }
        return write(Method.VALUE_PUBLISH, events);
    }

    /** The first start of a series: on or after its first day, in its zone, by its rule. */
    static ZonedDateTime firstStart(MeetingSeries series) {
        LocalDate first = SeriesRule.of(series).firstOnOrAfter(series.getFirstDay());
        return ZonedDateTime.of(first, series.getLocalTime(), series.getZone());
    }

    /** The RRULE of a series: its cadence, weekday and, monthly or quarterly, which week of the month. */
    static String rule(MeetingSeries series) {
        String day = series.getDayOfWeek().name().substring(0, 2);
        int week = weekOfMonth(series);
        return switch (series.getCadence()) {
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
            case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
            case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + week + day;
            case QUARTERLY -> "FREQ=MONTHLY;INTERVAL=3;BYDAY=" + week + day;
        };
    }

    private static int weekOfMonth(MeetingSeries series) {
        Integer week = series.getWeekOfMonth();
        return week == null ? 1 : week;
    }

    private VEvent seriesEvent(MeetingSeries series, ZonedDateTime first, List<ZonedDateTime> skipped,
            String organisationName, Locale locale) {
        VEvent event = event(series.getIcsUid(), series.getIcsSequence(), first,
                first.plusMinutes(series.getLengthMinutes()));
        event.add(new RRule<>(rule(series)));
        if (!skipped.isEmpty()) {
            event.add(new ExDate<>(zoned(series.getZone()), new DateList<>(skipped)));
        }
        event.add(new Summary(text(translations.getTranslation("calendar.summary.REVIEW", locale, organisationName))));
        event.add(new Description(text(translations.getTranslation("calendar.description", locale))));
        return event;
    }

    private VEvent meetingEvent(Meeting meeting, String organisationName, Locale locale) {
        ZoneId zone = meeting.getZone();
        ZonedDateTime start = meeting.getStartsAt().atZone(zone);
        VEvent event = event(meeting.getIcsUid(), meeting.getIcsSequence(), start,
                meeting.getEndsAt().atZone(zone));
        Instant occurrenceOf = meeting.getOccurrenceOf();
        if (occurrenceOf != null) {
            event.add(new RecurrenceId<>(zoned(zone), occurrenceOf.atZone(zone)));
        }
        if (meeting.getState() == MeetingState.CANCELLED) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        String title = meeting.getTitle();
        String summary = meeting.getKind() == MeetingKind.WORKSHOP && title != null
                ? translations.getTranslation("calendar.summary.WORKSHOP", locale, organisationName, title)
                : translations.getTranslation("calendar.summary.REVIEW", locale, organisationName);
        event.add(new Summary(text(summary)));
        String reason = meeting.getChangeReason();
        String description = translations.getTranslation("calendar.description", locale);
        if (reason != null && meeting.getIcsSequence() > 0) {
            description += "\n" + translations.getTranslation("calendar.description.reason", locale, reason);
        }
        event.add(new Description(text(description)));
        return event;
    }

    private VEvent event(String uid, int sequence, ZonedDateTime start, ZonedDateTime end) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(sequence));
        event.add(new DtStart<>(zoned(start.getZone()), start));
        event.add(new DtEnd<>(zoned(end.getZone()), end));
        event.add(new Organizer(URI.create("mailto:" + organiser)));
        return event;
    }

    /**
     * What people typed, as an iCalendar text value: ical4j escapes line feeds but writes a lone carriage return
     * (or another control character) as it is, and calendar apps read a carriage return as the end of the line,
     * so a name or reason could otherwise add properties (a URL, a location, whole events) to everyone's entry.
     */
    static String text(String typed) {
        return typed.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .map(c -> c != '\n' && Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A parameter value (a person's name) on one line: no control character at all. */
    static String parameter(String typed) {
        return typed.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static void addPeople(VEvent event, Collection<Contact> people) {
        for (Contact person : people) {
            event.add(new Attendee(new ParameterList(List.of(new Cn(parameter(person.displayName())))),
                    URI.create("mailto:" + person.email())));
        }
    }

    private byte[] write(String method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        Set<String> zoneIds = new LinkedHashSet<>();
        for (VEvent event : events) {
            Optional<DtStart<?>> start = event.getProperty("DTSTART");
            start.flatMap(p -> p.<TzId>getParameter("TZID")).ifPresent(tz -> zoneIds.add(tz.getValue()));
        }
        for (String zoneId : zoneIds) {
            calendar.add(zones.getTimeZone(zoneId).getVTimeZone());
        }
        events.forEach(calendar::add);
        var out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Calendar entry not valid: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
