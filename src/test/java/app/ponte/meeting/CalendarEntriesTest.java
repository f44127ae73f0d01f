package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.base.TranslationProvider;
import app.ponte.organisation.Contact;
import app.ponte.organisation.ReviewCadence;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Calendar entries written with ical4j, read back with an independent parser (biweekly). */
class CalendarEntriesTest {

    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final Contact ANA = new Contact(1, "Ana Souza; \"Aurora\"", "ana@aurora.test", "pt-BR");
    private static final Contact LEAD = new Contact(2, "Lead", "lead@ponte.test", "en");

    private final CalendarEntries entries = new CalendarEntries(new TranslationProvider(),
            Clock.fixed(NOW, ZoneOffset.UTC), "ponte@ponte.test");

    @Test
    void a_weekly_series_is_one_event_with_its_zone_rule_and_uid_and_keeps_its_hour_across_the_dst_change() {
        MeetingSeries series = series(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, NEW_YORK,
                LocalDate.of(2026, 10, 22));

        ICalendar ical = read(entries.series(series, CalendarEntries.firstStart(series), "Aurora Commerce",
                List.of(ANA, LEAD), TranslationProvider.ENGLISH));

        assertThat(ical.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(ical.getTimezoneInfo().getTimezones()).anySatisfy(
                tz -> assertThat(tz.getComponent().getTimezoneId().getValue()).isEqualTo("America/New_York"));
        VEvent event = ical.getEvents().getFirst();
        assertThat(ical.getEvents()).hasSize(1);
        assertThat(event.getUid().getValue()).isEqualTo("series-uid@ponte");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(ical.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId()
                .getValue()).isEqualTo("America/New_York");
        assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(biweekly.util.Frequency.WEEKLY);
        assertThat(event.getSummary().getValue()).isEqualTo("Review with Aurora Commerce");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("ponte@ponte.test");
        assertThat(event.getAttendees()).extracting(a -> a.getEmail(), a -> a.getCommonName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana@aurora.test", "Ana Souza; \"Aurora\""),
                        org.assertj.core.groups.Tuple.tuple("lead@ponte.test", "Lead"));
        // 10:00 in New York is 14:00 UTC in October (EDT) and 15:00 UTC after the clocks go back on 1 November.
        assertThat(occurrences(ical, event, 3)).containsExactly(Instant.parse("2026-10-27T14:00:00Z"),
                Instant.parse("2026-11-03T15:00:00Z"), Instant.parse("2026-11-10T15:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-27T15:00:00Z"));
    }

    @Test
    void each_cadence_has_its_rule() {
        assertThat(CalendarEntries.rule(series(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, NEW_YORK,
                LocalDate.of(2026, 10, 1)))).isEqualTo("FREQ=WEEKLY;BYDAY=TU");
        assertThat(CalendarEntries.rule(series(ReviewCadence.BIWEEKLY, DayOfWeek.WEDNESDAY, null, NEW_YORK,
                LocalDate.of(2026, 10, 1)))).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
        assertThat(CalendarEntries.rule(series(ReviewCadence.MONTHLY, DayOfWeek.THURSDAY, 1, LISBON,
                LocalDate.of(2026, 10, 1)))).isEqualTo("FREQ=MONTHLY;BYDAY=1TH");
        assertThat(CalendarEntries.rule(series(ReviewCadence.MONTHLY, DayOfWeek.FRIDAY, -1, LISBON,
                LocalDate.of(2026, 10, 1)))).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
        assertThat(CalendarEntries.rule(series(ReviewCadence.QUARTERLY, DayOfWeek.THURSDAY, 1, LISBON,
                LocalDate.of(2026, 10, 1)))).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYDAY=1TH");
    }

    @Test
    void monthly_rules_read_back_give_the_first_thursday_and_the_last_friday_in_lisbon() {
        MeetingSeries firstThursday = series(ReviewCadence.MONTHLY, DayOfWeek.THURSDAY, 1, LISBON,
                LocalDate.of(2026, 10, 2));
        ICalendar ical = read(entries.series(firstThursday, CalendarEntries.firstStart(firstThursday), "Meridian Bank",
                List.of(), TranslationProvider.ENGLISH));
        // October's first Thursday (the 1st) is before the first day: November 5 (WET, 10:00 = 10:00 UTC).
        assertThat(occurrences(ical, ical.getEvents().getFirst(), 2)).containsExactly(
                Instant.parse("2026-11-05T10:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"));

        MeetingSeries lastFriday = series(ReviewCadence.QUARTERLY, DayOfWeek.FRIDAY, -1, LISBON,
                LocalDate.of(2026, 9, 1));
        ical = read(entries.series(lastFriday, CalendarEntries.firstStart(lastFriday), "Meridian Bank", List.of(),
                TranslationProvider.ENGLISH));
        // 25 September 2026 is in summer time (WEST, UTC+1); three months later, 25 December, in winter time.
        assertThat(occurrences(ical, ical.getEvents().getFirst(), 2)).containsExactly(
                Instant.parse("2026-09-25T09:00:00Z"), Instant.parse("2026-12-25T10:00:00Z"));
    }

    @Test
    void a_calendar_app_repeats_a_series_on_exactly_the_days_ponte_plans_it() {
        // A quarterly series whose first day falls after that month's first Thursday: Ponte meets every third month
        // counted from the first day's month, and so must the calendar entry's RRULE from its DTSTART.
        List<MeetingSeries> all = List.of(
                series(ReviewCadence.QUARTERLY, DayOfWeek.THURSDAY, 1, LISBON, LocalDate.of(2026, 12, 15)),
                series(ReviewCadence.MONTHLY, DayOfWeek.FRIDAY, -1, LISBON, LocalDate.of(2026, 10, 31)),
                series(ReviewCadence.BIWEEKLY, DayOfWeek.WEDNESDAY, null, NEW_YORK, LocalDate.of(2026, 11, 5)),
                series(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, NEW_YORK, LocalDate.of(2026, 3, 4)));
        for (MeetingSeries series : all) {
            ICalendar ical = read(entries.series(series, CalendarEntries.firstStart(series), "Aurora Commerce",
                    List.of(), TranslationProvider.ENGLISH));
            List<Instant> planned = SeriesRule.of(series).occurrences(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2028-01-01T00:00:00Z")).subList(0, 4);

            assertThat(occurrences(ical, ical.getEvents().getFirst(), 4)).as(series.getCadence().name())
                    .containsExactlyElementsOf(planned);
        }
    }

    @Test
    void a_moved_occurrence_is_an_override_with_the_series_uid_its_recurrence_id_and_a_higher_sequence() {
        MeetingSeries series = series(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, NEW_YORK,
                LocalDate.of(2026, 10, 22));
        Instant planned = Instant.parse("2026-11-03T15:00:00Z");
        Meeting occurrence = Meeting.occurrence(series, planned, NOW);
        occurrence.move(Instant.parse("2026-11-04T15:00:00Z"), "Election day; the team is out", NOW);

        ICalendar ical = read(entries.meeting(occurrence, "Aurora Commerce", List.of(ANA),
                TranslationProvider.BRAZILIAN_PORTUGUESE));

        assertThat(ical.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = ical.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo("series-uid@ponte");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(event.getRecurrenceId().getValue().toInstant()).isEqualTo(planned);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-04T15:00:00Z"));
        assertThat(event.getSummary().getValue()).isEqualTo("Revisão com Aurora Commerce");
        // The reason is text: its semicolon is escaped by the writer and comes back as typed.
        assertThat(event.getDescription().getValue()).contains("Motivo da mudança: Election day; the team is out");
    }

    @Test
    void a_cancelled_occurrence_is_a_cancel_with_its_recurrence_id_and_in_a_feed_an_exdate() {
        MeetingSeries series = series(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, NEW_YORK,
                LocalDate.of(2026, 10, 22));
        Instant planned = Instant.parse("2026-11-10T15:00:00Z");
        Meeting occurrence = Meeting.occurrence(series, planned, NOW);
        occurrence.cancel("Holiday", NOW);

        ICalendar cancel = read(entries.meeting(occurrence, "Aurora Commerce", List.of(ANA),
                TranslationProvider.ENGLISH));
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        VEvent event = cancel.getEvents().getFirst();
        assertThat(event.getRecurrenceId().getValue().toInstant()).isEqualTo(planned);
        assertThat(event.getStatus().isCancelled()).isTrue();
        assertThat(event.getSequence().getValue()).isEqualTo(1);

        Meeting moved = Meeting.occurrence(series, Instant.parse("2026-11-17T15:00:00Z"), NOW);
        moved.move(Instant.parse("2026-11-18T15:00:00Z"), "Moved", NOW);
        Meeting asPlanned = Meeting.occurrence(series, Instant.parse("2026-11-24T15:00:00Z"), NOW);
        ICalendar feed = read(entries.feed(List.of(new CalendarEntries.FeedSeries(series,
                CalendarEntries.firstStart(series), "Aurora Commerce", List.of(occurrence, moved, asPlanned))),
                List.of(), Map.of(), TranslationProvider.ENGLISH));
        assertThat(feed.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(feed.getEvents()).hasSize(2);
        VEvent master = feed.getEvents().getFirst();
        assertThat(master.getExceptionDates()).flatExtracting(e -> e.getValues()).extracting(ICalDate::toInstant)
                .containsExactly(planned);
        assertThat(feed.getEvents().get(1).getRecurrenceId().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-11-17T15:00:00Z"));
        assertThat(occurrences(feed, master, 5)).doesNotContain(planned).contains(Instant.parse("2026-11-03T15:00:00Z"));
    }

    @Test
    void a_workshop_has_its_own_uid_and_its_title_as_text_and_an_update_has_a_higher_sequence() {
        Meeting workshop = Meeting.single(7, MeetingKind.WORKSHOP, "Discovery: checkout, \"returns\"; refunds",
                Instant.parse("2026-11-12T13:00:00Z"), 120, ZoneId.of("America/Sao_Paulo"), "workshop-uid@ponte",
                Set.of(1L), NOW);

        VEvent first = read(entries.meeting(workshop, "Aurora Commerce", List.of(ANA), TranslationProvider.ENGLISH))
                .getEvents().getFirst();
        workshop.move(Instant.parse("2026-11-13T13:00:00Z"), "Room taken", NOW);
        VEvent second = read(entries.meeting(workshop, "Aurora Commerce", List.of(ANA), TranslationProvider.ENGLISH))
                .getEvents().getFirst();

        assertThat(first.getUid().getValue()).isEqualTo("workshop-uid@ponte");
        assertThat(first.getRecurrenceId()).isNull();
        assertThat(first.getRecurrenceRule()).isNull();
        assertThat(first.getSummary().getValue())
                .isEqualTo("Workshop with Aurora Commerce: Discovery: checkout, \"returns\"; refunds");
        assertThat(second.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(second.getSequence().getValue()).isGreaterThan(first.getSequence().getValue());
        assertThat(second.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-13T15:00:00Z"));
    }

    @Test
    void a_series_that_stopped_is_cancelled_whole() {
        MeetingSeries series = new MeetingSeries(3, "stopped-uid@ponte", NOW);
        series.setRule(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), 60, NEW_YORK,
                LocalDate.of(2026, 10, 22), false, Set.of(), NOW);

        ICalendar ical = read(entries.series(series, CalendarEntries.firstStart(series), "Aurora Commerce",
                List.of(ANA), TranslationProvider.ENGLISH));

        assertThat(ical.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(ical.getEvents().getFirst().getRecurrenceId()).isNull();
        assertThat(ical.getEvents().getFirst().getStatus().isCancelled()).isTrue();
    }

    static MeetingSeries series(ReviewCadence cadence, DayOfWeek day, @Nullable Integer week, ZoneId zone,
            LocalDate firstDay) {
        MeetingSeries series = new MeetingSeries(3, "series-uid@ponte", NOW);
        series.setRule(cadence, day, week, LocalTime.of(10, 0), 60, zone, firstDay, true, Set.of(1L, 2L), NOW);
        return series;
    }

    static ICalendar read(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n");
        ICalendar ical = Biweekly.parse(text).first();
        assertThat(ical).as(text).isNotNull();
        return ical;
    }

    private static List<Instant> occurrences(ICalendar ical, VEvent event, int count) {
        TimeZone zone = ical.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone();
        DateIterator dates = event.getDateIterator(zone);
        List<Instant> found = new ArrayList<>();
        while (dates.hasNext() && found.size() < count) {
            found.add(dates.next().toInstant());
        }
        return found;
    }
}
