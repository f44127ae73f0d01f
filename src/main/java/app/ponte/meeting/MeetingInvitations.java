package app.ponte.meeting;

import app.ponte.base.TranslationProvider;
import app.ponte.notification.MailAttachment;
import app.ponte.notification.MailOutbox;
import app.ponte.organisation.Contact;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationNames;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar invitations by e-mail, queued in the transaction of the change they announce: one message per person,
 * in their language, with the time in their own zone and the calendar entry attached.
 *
 * <ul>
 * <li>{@link SeriesChanged}: the whole series (RRULE) to its attendees, REQUEST, or CANCEL once it stopped. A
 * person removed from the attendees is not told (the event does not say who was there before).</li>
 * <li>{@link MeetingScheduled}: a single meeting (a workshop) invites its participants. An occurrence made from its
 * series (the daily job makes the rows as they come near) is <em>not</em> news: the series invitation already put it
 * in everyone's calendar, so it is not mailed again.</li>
 * <li>{@link MeetingChanged}: moved (PLANNED) is a REQUEST of the override (or of the workshop), cancelled is a
 * CANCEL with its RECURRENCE-ID; a meeting held sends nothing.</li>
 * </ul>
 */
@Component
class MeetingInvitations {

    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final CalendarEntries entries;
    private final MailOutbox outbox;
    private final Contacts contacts;
    private final MeetingPeople seats;
    private final OrganisationNames organisationNames;
    private final I18NProvider translations;

    MeetingInvitations(MeetingRepository meetings, MeetingSeriesRepository series, CalendarEntries entries,
            MailOutbox outbox, Contacts contacts, MeetingPeople seats, OrganisationNames organisationNames,
            I18NProvider translations) {
        this.meetings = meetings;
        this.series = series;
        this.entries = entries;
        this.outbox = outbox;
        this.contacts = contacts;
        this.seats = seats;
        this.organisationNames = organisationNames;
        this.translations = translations;
    }

    @EventListener
    @Transactional
    public void seriesChanged(SeriesChanged event) {
        MeetingSeries changed = series.findById(event.seriesId()).orElseThrow();
        String organisation = organisationName(changed.getOrganisationId());
        ZonedDateTime first = CalendarEntries.firstStart(changed);
        List<Contact> people = people(changed.getOrganisationId(), changed.getAttendeeIds());
        String template = changed.isActive() ? "calendar.mail.series" : "calendar.mail.series-stopped";
        String method = changed.isActive() ? "REQUEST" : "CANCEL";
        for (Contact person : people) {
            Locale locale = TranslationProvider.fromTag(person.languageTag());
            String summary = translations.getTranslation("calendar.summary.REVIEW", locale, organisation);
            String cadence = translations.getTranslation(changed.getCadence().labelKey(), locale);
            ZonedDateTime theirs = first.withZoneSameInstant(zoneOf(person));
            byte[] ics = entries.series(changed, first, organisation, people, locale);
            send(person, locale, template, method, ics, summary, cadence, when(theirs, locale), zoneName(theirs));
        }
    }

    @EventListener
    @Transactional
    public void meetingScheduled(MeetingScheduled event) {
        Meeting meeting = meetings.findById(event.meetingId()).orElseThrow();
        if (meeting.getSeriesId() == null && meeting.getState() == MeetingState.PLANNED) {
            invite(meeting, "calendar.mail.scheduled");
        }
    }

    @EventListener
    @Transactional
    public void meetingChanged(MeetingChanged event) {
        Meeting meeting = meetings.findById(event.meetingId()).orElseThrow();
        switch (event.state()) {
            case PLANNED -> invite(meeting, "calendar.mail.moved");
            case CANCELLED -> invite(meeting, "calendar.mail.cancelled");
            case HELD -> {
                // Held meetings stay in calendars as they were.
            }
        }
    }

    private void invite(Meeting meeting, String template) {
        String organisation = organisationName(meeting.getOrganisationId());
        List<Contact> people = people(meeting.getOrganisationId(), meeting.getParticipantIds());
        String method = meeting.getState() == MeetingState.CANCELLED ? "CANCEL" : "REQUEST";
        String reason = meeting.getChangeReason() == null ? "" : meeting.getChangeReason();
        for (Contact person : people) {
            Locale locale = TranslationProvider.fromTag(person.languageTag());
            String title = meeting.getTitle();
            String summary = meeting.getKind() == MeetingKind.WORKSHOP && title != null
                    ? translations.getTranslation("calendar.summary.WORKSHOP", locale, organisation, title)
                    : translations.getTranslation("calendar.summary.REVIEW", locale, organisation);
            ZonedDateTime theirs = meeting.getStartsAt().atZone(zoneOf(person));
            byte[] ics = entries.meeting(meeting, organisation, people, locale);
            send(person, locale, template, method, ics, summary, when(theirs, locale), zoneName(theirs), reason);
        }
    }

    private void send(Contact person, Locale locale, String template, String method, byte[] ics,
            Object... arguments) {
        Object[] withName = new Object[arguments.length + 1];
        withName[0] = person.displayName();
        System.arraycopy(arguments, 0, withName, 1, arguments.length);
        String subject = translations.getTranslation(template + ".subject", locale, arguments);
        String text = translations.getTranslation(template + ".body", locale, withName);
        outbox.enqueue(person.email(), person.languageTag(), subject, text, null,
                List.of(new MailAttachment(CalendarEntries.FILE_NAME, CalendarEntries.mediaType(method), ics)));
    }

    /** The attendees who still sit at the organisation's meetings: one who left it hears nothing more of them. */
    private List<Contact> people(long organisationId, Collection<Long> accountIds) {
        return seats.seatedContacts(organisationId, accountIds);
    }

    private ZoneId zoneOf(Contact person) {
        return contacts.timeZones(Set.of(person.accountId())).getOrDefault(person.accountId(), ZoneId.of("UTC"));
    }

    private String organisationName(long organisationId) {
        return organisationNames.names(Set.of(organisationId)).getOrDefault(organisationId, "");
    }

    /** The day and hour as the reader writes them ("Tuesday, 27 October 2026, 12:00"). */
    static String when(ZonedDateTime time, Locale locale) {
        return time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale));
    }

    private static String zoneName(ZonedDateTime time) {
        return time.getZone().getId();
    }
}
