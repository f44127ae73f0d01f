package app.ponte.sla;

import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Business calendars as admins keep them and the team reads them: the rules, the ICS import, audit and roles. */
@H2Test
@RecordApplicationEvents
class BusinessCalendarsTest extends SignedInServiceTest {

    static final String ADMIN = "admin@ponte.test";
    static final String LEAD = "lead@ponte.test";
    static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);

    @Autowired
    BusinessCalendars calendars;
    @Autowired
    BusinessCalendarRepository repository;
    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    @Test
    void an_admin_creates_a_calendar_the_team_reads_it_and_its_working_time_counts_as_typed() {
        Instant since = clock.instant();
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Lisbon"))));

        CalendarDetails read = as(LEAD, () -> calendars.calendar(created.id()));
        assertThat(read.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(read.periods()).hasSize(10).first()
                .isEqualTo(new CalendarPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertThat(as(LEAD, () -> calendars.list())).anySatisfy(summary -> {
            assertThat(summary.id()).isEqualTo(created.id());
            assertThat(summary.holidays()).isZero();
        });
        WorkingTime time = repository.findById(created.id()).orElseThrow().workingTime();
        assertThat(time.between(Instant.parse("2027-01-11T00:00:00Z"), Instant.parse("2027-01-12T00:00:00Z")))
                .isEqualTo(Duration.ofHours(8));
        AuditRecord audited = trail.newest(since, ADMIN, "calendar.create", created.id());
        assertThat(audited.after()).contains(created.name(), "Europe/Lisbon", "MON 09:00-12:00");
    }

    @Test
    void a_midnight_end_means_the_whole_rest_of_the_day() {
        var draft = new CalendarDraft(unique("Nights"), "UTC",
                List.of(new CalendarPeriod(DayOfWeek.SATURDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT)));
        CalendarDetails created = as(ADMIN, () -> calendars.create(draft));

        assertThat(created.periods()).containsExactly(new CalendarPeriod(DayOfWeek.SATURDAY, LocalTime.of(20, 0), null));
    }

    @Test
    void changing_the_hours_is_audited_tells_the_clocks_and_a_stale_edit_is_refused() {
        Instant since = clock.instant();
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Changing"))));
        var longer = new CalendarDraft(created.name(), "Europe/Lisbon",
                List.of(new CalendarPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))));

        CalendarDetails changed = as(ADMIN, () -> calendars.change(created.id(), longer, created.version()));

        assertThat(changed.version()).isGreaterThan(created.version());
        assertThat(changed.periods()).hasSize(1);
        assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged(created.id()));
        assertThat(trail.newest(since, ADMIN, "calendar.update", created.id()).before()).contains("FRI 13:00-18:00");
        Throwable stale = catchThrowable(() -> as(ADMIN, () -> calendars.change(created.id(),
                lisbonDraft(created.name()), created.version())));
        assertThat(stale).isInstanceOf(ConcurrentEditException.class);
        assertThat(as(LEAD, () -> calendars.calendar(created.id())).periods()).hasSize(1);
    }

    @Test
    void renaming_only_tells_no_clock() {
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Renamed"))));
        var renamed = new CalendarDraft(unique("Renamed again"), "Europe/Lisbon", created.periods());

        as(ADMIN, () -> calendars.change(created.id(), renamed, created.version()));

        assertThat(events.stream(CalendarChanged.class)).doesNotContain(new CalendarChanged(created.id()));
    }

    @Test
    void each_bad_calendar_is_refused_on_its_field_with_its_own_message() {
        String taken = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Taken")))).name();
        var monday = DayOfWeek.MONDAY;

        assertRefused(() -> calendars.create(new CalendarDraft(" ", "UTC", nineToSix(monday))), "name",
                "input.required");
        assertRefused(() -> calendars.create(lisbonDraft(taken)), "name", "calendar.error.name-taken");
        assertRefused(() -> calendars.create(new CalendarDraft(unique("Zone"), "Mars/Olympus", nineToSix(monday))),
                "zone", "calendar.error.zone-unknown");
        assertRefused(() -> calendars.create(new CalendarDraft(unique("Zone"), "", nineToSix(monday))), "zone",
                "input.required");
        assertRefused(() -> calendars.create(new CalendarDraft(unique("Never"), "UTC", List.of())), "hours",
                "calendar.error.no-hours");
        assertRefused(() -> calendars.create(new CalendarDraft(unique("Inverted"), "UTC",
                List.of(new CalendarPeriod(monday, LocalTime.of(18, 0), LocalTime.of(9, 0))))), "hours.MONDAY",
                "calendar.error.period-inverted");
        assertRefused(() -> calendars.create(new CalendarDraft(unique("Overlap"), "UTC",
                List.of(new CalendarPeriod(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                        new CalendarPeriod(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(18, 0))))),
                "hours.TUESDAY", "calendar.error.period-overlap");
        assertRefused(() -> calendars.create(new CalendarDraft(unique("No start"), "UTC",
                List.of(new CalendarPeriod(monday, null, LocalTime.of(9, 0))))), "hours.MONDAY",
                "calendar.error.period-incomplete");
        assertThat(as(LEAD, () -> calendars.list())).noneMatch(c -> c.name().startsWith("Overlap"));
    }

    @Test
    void holidays_are_added_and_removed_and_bad_ones_refused_by_name() {
        Instant since = clock.instant();
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Holidays"))));
        LocalDate nextYear = clock.today().plusYears(1).withMonth(6).withDayOfMonth(10);

        CalendarDetails one = as(ADMIN, () -> calendars.addHoliday(created.id(),
                new CalendarHoliday(nextYear, true, "Dia de Portugal"), created.version()));
        assertThat(one.holidays()).containsExactly(new CalendarHoliday(nextYear, true, "Dia de Portugal"));
        assertThat(repository.findById(created.id()).orElseThrow().workingTime()
                .isHoliday(nextYear.plusYears(3))).isTrue();
        assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged(created.id()));
        assertThat(trail.newest(since, ADMIN, "calendar.holiday-add", created.id()).after()).contains("holidays=1");

        long version = one.version();
        assertRefused(() -> calendars.addHoliday(created.id(), new CalendarHoliday(nextYear.plusYears(2), false,
                "Same day, other year"), version), "holidayDay", "calendar.error.holiday-duplicate");
        assertRefused(() -> calendars.addHoliday(created.id(), new CalendarHoliday(clock.today().minusYears(2), false,
                "Long ago"), version), "holidayDay", "calendar.error.holiday-year");
        assertRefused(() -> calendars.addHoliday(created.id(), new CalendarHoliday(clock.today().plusYears(11), false,
                "Far ahead"), version), "holidayDay", "calendar.error.holiday-year");
        assertRefused(() -> calendars.addHoliday(created.id(), new CalendarHoliday(nextYear.plusDays(1), false, " "),
                version), "holidayName", "input.required");
        assertRefused(() -> calendars.addHoliday(created.id(), new CalendarHoliday(null, false, "No day"), version),
                "holidayDay", "input.required");

        CalendarDetails none = as(ADMIN, () -> calendars.removeHoliday(created.id(),
                new CalendarHoliday(nextYear, true, "Dia de Portugal"), version));
        assertThat(none.holidays()).isEmpty();
        assertThat(catchThrowable(() -> as(ADMIN, () -> calendars.removeHoliday(created.id(),
                new CalendarHoliday(nextYear, true, "Dia de Portugal"), version))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void portugals_holidays_are_imported_from_an_ics_file_yearly_ones_as_yearly_and_meetings_left_aside() {
        Instant since = clock.instant();
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Portugal"))));

        HolidayImport imported = as(ADMIN, () -> calendars.importHolidays(created.id(),
                fixture("portugal-2027.ics"), created.version()));

        assertThat(imported.added()).isEqualTo(13);
        assertThat(imported.calendar().holidays()).hasSize(13)
                .contains(new CalendarHoliday(LocalDate.parse("2027-04-25"), true, "Dia da Liberdade"),
                        new CalendarHoliday(LocalDate.parse("2027-03-26"), false, "Sexta-feira Santa"),
                        new CalendarHoliday(LocalDate.parse("2027-05-27"), false, "Corpo de Deus"))
                .noneMatch(h -> h.name().startsWith("Reunião"));
        assertThat(imported.calendar().holidays().stream().filter(CalendarHoliday::yearly)).hasSize(10);
        WorkingTime lisbon = repository.findById(created.id()).orElseThrow().workingTime();
        // Good Friday 2027 was one-off; 25 April comes back every year
        assertThat(lisbon.isHoliday(LocalDate.parse("2030-04-25"))).isTrue();
        assertThat(lisbon.isHoliday(LocalDate.parse("2028-03-26"))).isFalse();
        assertThat(trail.newest(since, ADMIN, "calendar.import", created.id()).after()).contains("holidays=13");

        HolidayImport again = as(ADMIN, () -> calendars.importHolidays(created.id(), fixture("portugal-2027.ics"),
                imported.calendar().version()));
        assertThat(again.added()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(13);
        assertThat(again.calendar().version()).isEqualTo(imported.calendar().version());
    }

    @Test
    void an_ics_file_is_read_with_no_transaction_open_and_its_holidays_written_in_one() {
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Outside"))));
        List<Boolean> transactionWhileReading = new ArrayList<>();
        InputStream watched = new java.io.FilterInputStream(fixture("portugal-2027.ics")) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                transactionWhileReading.add(org.springframework.transaction.support.TransactionSynchronizationManager
                        .isActualTransactionActive());
                return super.read(buffer, offset, length);
            }

            @Override
            public int read() throws java.io.IOException {
                transactionWhileReading.add(org.springframework.transaction.support.TransactionSynchronizationManager
                        .isActualTransactionActive());
                return super.read();
            }
        };

        HolidayImport imported = as(ADMIN, () -> calendars.importHolidays(created.id(), watched, created.version()));

        assertThat(transactionWhileReading).isNotEmpty().containsOnly(false);
        assertThat(imported.added()).isEqualTo(13);
        assertThat(as(LEAD, () -> calendars.calendar(created.id())).holidays()).hasSize(13);
    }

    @Test
    void a_holiday_repeating_by_rule_becomes_its_days_within_the_years_a_calendar_uses() {
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Thanksgiving"))));
        String ics = calendar("BEGIN:VEVENT\r\nUID:t@ponte.test\r\nDTSTAMP:20261101T120000Z\r\n"
                + "DTSTART;VALUE=DATE:20001123\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\r\nSUMMARY:Thanksgiving\r\n"
                + "END:VEVENT\r\n");

        HolidayImport imported = as(ADMIN, () -> calendars.importHolidays(created.id(), text(ics),
                created.version()));

        assertThat(imported.added()).isEqualTo(12);
        assertThat(imported.calendar().holidays()).allMatch(h -> !h.yearly()
                && h.day().getDayOfWeek() == DayOfWeek.THURSDAY)
                .contains(new CalendarHoliday(LocalDate.parse("2027-11-25"), false, "Thanksgiving"));
    }

    @Test
    void a_file_that_is_no_calendar_or_has_no_all_day_event_or_too_many_is_refused_and_imports_nothing() {
        CalendarDetails created = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Refusing"))));
        long id = created.id();
        long version = created.version();

        assertRefused(() -> calendars.importHolidays(id, text("Name,Date\nNatal,2027-12-25\n"), version), "ics",
                "calendar.error.ics-not-calendar");
        assertRefused(() -> calendars.importHolidays(id, fixture("meetings-only.ics"), version), "ics",
                "calendar.error.ics-no-all-day");
        StringBuilder many = new StringBuilder();
        LocalDate day = clock.today();
        for (int i = 0; i < BusinessCalendars.ICS_MAX_HOLIDAYS + 1; i++) {
            LocalDate date = day.plusDays(i % 3000);
            many.append("BEGIN:VEVENT\r\nUID:").append(i).append("@ponte.test\r\nDTSTART;VALUE=DATE:")
                    .append(date.toString().replace("-", "")).append("\r\nSUMMARY:Day ").append(i)
                    .append("\r\nEND:VEVENT\r\n");
        }
        assertRefused(() -> calendars.importHolidays(id, text(calendar(many.toString())), version), "ics",
                "calendar.error.ics-too-many");
        byte[] huge = new byte[BusinessCalendars.ICS_MAX_BYTES + 10];
        assertRefused(() -> calendars.importHolidays(id, new ByteArrayInputStream(huge), version), "ics",
                "calendar.error.ics-too-large");
        assertThat(as(LEAD, () -> calendars.calendar(id))).isEqualTo(created);
    }

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_calendar_methods_meant_for_it() {
        long id = as(ADMIN, () -> calendars.create(lisbonDraft(unique("Matrix")))).id();
        var draft = new CalendarDraft("", "UTC", List.of());
        return RoleMatrix.pastTheCheck()
                .call("list", TEAM, () -> calendars.list())
                .call("calendar", TEAM, () -> calendars.calendar(id))
                .call("create", ADMIN_ONLY, () -> calendars.create(draft))
                .call("change", ADMIN_ONLY, () -> calendars.change(id, draft, -1))
                .call("addHoliday", ADMIN_ONLY, () -> calendars.addHoliday(id, new CalendarHoliday(null, false, ""), -1))
                .call("removeHoliday", ADMIN_ONLY,
                        () -> calendars.removeHoliday(id, new CalendarHoliday(null, false, ""), -1))
                .call("importHolidays", ADMIN_ONLY, () -> calendars.importHolidays(id, text(""), -1))
                .tests(users);
    }

    @Test
    void an_id_that_does_not_exist_is_not_found_and_nothing_is_created() {
        assertThat(catchThrowable(() -> as(LEAD, () -> calendars.calendar(Long.MAX_VALUE))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as(ADMIN, () -> calendars.addHoliday(Long.MAX_VALUE,
                new CalendarHoliday(clock.today(), false, "Nope"), 0)))).isInstanceOf(NotFoundInScopeException.class);
    }

    private void assertRefused(Supplier<?> call, String field, String messageKey) {
        Throwable refusal = catchThrowable(() -> as(ADMIN, call));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        assertThat(((RejectedInputException) refusal).field()).as(messageKey).isEqualTo(field);
        assertThat(((RejectedInputException) refusal).messageKey()).isEqualTo(messageKey);
    }

    CalendarDraft lisbonDraft(String name) {
        List<CalendarPeriod> periods = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            periods.add(new CalendarPeriod(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            periods.add(new CalendarPeriod(day, LocalTime.of(13, 0), LocalTime.of(18, 0)));
        }
        return new CalendarDraft(name, "Europe/Lisbon", periods);
    }

    private static List<CalendarPeriod> nineToSix(DayOfWeek day) {
        return List.of(new CalendarPeriod(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static InputStream fixture(String name) {
        return BusinessCalendarsTest.class.getResourceAsStream("/sla/" + name);
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String calendar(String events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ponte//Test//EN\r\n" + events + "END:VCALENDAR\r\n";
    }
}
