package app.ponte.sla;

import static app.ponte.sla.ClockworkClient.CLIENT;
import static app.ponte.sla.ClockworkClient.LISBON;
import static app.ponte.sla.ClockworkClient.TEAM;
import static app.ponte.sla.ClockworkClient.mondayAhead;
import static app.ponte.sla.ClockworkClient.setTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.ponte.H2Test;
import app.ponte.request.Priority;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import app.ponte.request.SlaTarget;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The clock engine, through the request feature's own services: each moment of a support request moves its clock. */
@H2Test
class SupportClocksTest extends ClockworkTest {

    @Autowired
    ClockPauseRepository pauses;
    @Autowired
    ClockChangeRepository changes;
    @Autowired
    SlaBreachRepository breaches;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlaClocks slaClocks;
    @Autowired
    app.ponte.notification.NotificationCenter center;
    @Autowired
    SlaClockReports reports;


    @Test
    void a_question_filed_friday_1730_lisbon_is_due_monday_1230_lisbon_and_resolved_by_the_next_friday() {
        ZonedDateTime friday = mondayAhead(17, 30).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        setTo(clock, friday);
        long id = question("Is card data encrypted?");

        SupportClock started = clockOf(id);
        LocalDate monday = friday.toLocalDate().plusDays(3);
        assertThat(started.getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(started.getPlanId()).isEqualTo(fixtures.planA());
        assertThat(started.getFirstResponseDueAt()).isCloseTo(lisbon(monday, 12, 30), within(5, ChronoUnit.SECONDS));
        assertThat(started.getFirstResponseAtRiskAt()).as("75 % of 4 business hours")
                .isCloseTo(lisbon(monday, 11, 30), within(5, ChronoUnit.SECONDS));
        assertThat(started.getResolutionDueAt()).as("40 business hours")
                .isCloseTo(lisbon(monday.plusDays(4), 12, 30), within(5, ChronoUnit.SECONDS));
        assertThat(started.getNextCheckAt()).isEqualTo(started.getFirstResponseAtRiskAt());
        assertThat(causes(started)).containsExactly(ClockChange.Cause.STARTED);
        assertThat(jdbc.queryForObject("select sla_target from requests where id = ?", String.class, id))
                .as("the lists' copy").isEqualTo(SlaTarget.FIRST_RESPONSE.name());
        assertThat(jdbc.queryForObject("select sla_due_at from requests where id = ?", java.sql.Timestamp.class, id)
                .toInstant()).isEqualTo(started.getFirstResponseDueAt());
    }

    @Test
    void a_first_public_answer_meets_the_first_response_and_an_internal_note_does_not() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Which TLS versions?");
        clock.advance(Duration.ofMinutes(20));
        byTeam(() -> conversations.comment(id, "Checking with security.", true));
        assertThat(clockOf(id).getFirstRespondedAt()).isNull();
        assertThat(clockOf(id).currentTarget()).isEqualTo(SlaTarget.FIRST_RESPONSE);

        clock.advance(Duration.ofMinutes(20));
        byTeam(() -> conversations.comment(id, "TLS 1.2 and 1.3 only.", false));

        SupportClock answered = clockOf(id);
        assertThat(answered.getFirstRespondedAt()).isNotNull();
        assertThat(answered.currentTarget()).isEqualTo(SlaTarget.RESOLUTION);
        assertThat(answered.getNextCheckAt()).isEqualTo(answered.getResolutionAtRiskAt());
        assertThat(causes(answered)).containsExactly(ClockChange.Cause.STARTED, ClockChange.Cause.RESPONDED);
        assertThat(breaches.findByClockIdOrderByIdAsc(answered.getId())).isEmpty();
    }

    @Test
    void waiting_pauses_and_the_requesters_answer_resumes_with_the_due_time_moved_by_exactly_the_paused_business_time() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Can we get a sandbox?");
        Instant dueBefore = clockOf(id).getFirstResponseDueAt();
        setTo(clock, mondayAhead(11, 0));
        byTeam(() -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "For which team?", version(id)));

        SupportClock paused = clockOf(id);
        assertThat(paused.getPausedSince()).isNotNull();
        assertThat(paused.deadline().paused()).isTrue();
        assertThat(paused.getNextCheckAt()).as("nothing for the scan while paused").isNull();

        setTo(clock, mondayAhead(10, 0).plusDays(1));
        as(CLIENT, () -> {
            conversations.comment(id, "For our payments team.", false);
            return null;
        });

        SupportClock resumed = clockOf(id);
        ClockPause pause = pauses.findByClockIdOrderByIdAsc(resumed.getId()).getFirst();
        WorkingTime hours = fixtures.lisbonHours();
        assertThat(resumed.getPausedSince()).isNull();
        assertThat(pause.getResumedAt()).isNotNull();
        assertThat(hours.between(dueBefore, resumed.getFirstResponseDueAt()))
                .isEqualTo(hours.between(pause.getPausedAt(), pause.getResumedAt()));
        assertThat(hours.between(pause.getPausedAt(), pause.getResumedAt()).minusHours(8).abs())
                .as("Monday 11:00-18:00 and Tuesday 09:00-10:00").isLessThan(Duration.ofSeconds(5));
        assertThat(resumed.getNextCheckAt()).isEqualTo(resumed.getFirstResponseAtRiskAt());
        assertThat(causes(resumed)).containsExactly(ClockChange.Cause.STARTED, ClockChange.Cause.PAUSED,
                ClockChange.Cause.RESUMED);
    }

    @Test
    void resolution_stops_the_clock_and_reopening_resumes_it_without_counting_the_time_in_between() {
        setTo(clock, mondayAhead(9, 0));
        long id = question("Is there an audit log export?");
        byTeam(() -> conversations.comment(id, "Yes, as CSV.", false));
        byTeam(() -> workflow.move(id, RequestStatus.TRIAGED, null, version(id)));
        byTeam(() -> workflow.move(id, RequestStatus.IN_PROGRESS, null, version(id)));
        Instant resolutionDue = clockOf(id).getResolutionDueAt();
        setTo(clock, mondayAhead(12, 0));
        byTeam(() -> workflow.move(id, RequestStatus.DELIVERED, null, version(id)));

        SupportClock resolved = clockOf(id);
        assertThat(resolved.getResolvedAt()).isNotNull();
        assertThat(resolved.currentTarget()).isNull();
        assertThat(resolved.getNextCheckAt()).isNull();

        setTo(clock, mondayAhead(12, 0).plusDays(1));
        byTeam(() -> workflow.move(id, RequestStatus.IN_PROGRESS, "Export misses logins.", version(id)));

        SupportClock reopened = clockOf(id);
        WorkingTime hours = fixtures.lisbonHours();
        assertThat(reopened.getResolvedAt()).isNull();
        assertThat(reopened.currentTarget()).isEqualTo(SlaTarget.RESOLUTION);
        ClockPause between = pauses.findByClockIdOrderByIdAsc(reopened.getId()).getFirst();
        assertThat(between.getPausedAt()).isEqualTo(resolved.getResolvedAt());
        assertThat(hours.between(resolutionDue, reopened.getResolutionDueAt()))
                .isEqualTo(hours.between(between.getPausedAt(), between.getResumedAt()));
        assertThat(causes(reopened)).endsWith(ClockChange.Cause.RESOLVED, ClockChange.Cause.REOPENED);
    }

    @Test
    void a_priority_change_computes_the_targets_again_and_keeps_the_history() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Payments rejected since 9:00?");
        Instant normalDue = clockOf(id).getFirstResponseDueAt();

        byTeam(() -> workflow.triage(id, fixtures.personId(TEAM), Priority.URGENT, version(id)));

        SupportClock urgent = clockOf(id);
        assertThat(urgent.getPriority()).isEqualTo(Priority.URGENT);
        assertThat(urgent.getAssigneeId()).as("the assignee copied").isEqualTo(fixtures.personId(TEAM));
        assertThat(urgent.getFirstResponseDueAt()).as("30 minutes around the clock from the filing")
                .isEqualTo(urgent.getStartedAt().plus(Duration.ofMinutes(30)));
        List<ClockChange> history = changes.findByClockIdOrderByIdAsc(urgent.getId());
        assertThat(history).extracting(ClockChange::getCause).containsExactly(ClockChange.Cause.STARTED,
                ClockChange.Cause.PRIORITY_CHANGED);
        assertThat(history.getFirst().getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(history.getFirst().getFirstResponseDueAt()).isEqualTo(normalDue);
        assertThat(history.getLast().getPriority()).isEqualTo(Priority.URGENT);
        assertThat(history.getLast().getChangedBy()).isEqualTo(fixtures.personId(TEAM));
    }

    @Test
    void a_plan_change_computes_open_clocks_again_and_a_plan_taken_away_stops_them() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Do you support SEPA instant?");
        try {
            fixtures.movePlan(fixtures.planB());
            SupportClock moved = clockOf(id);
            assertThat(moved.getPlanId()).isEqualTo(fixtures.planB());
            assertThat(moved.getFirstResponseDueAt()).as("1 business hour on plan B")
                    .isEqualTo(moved.getStartedAt().plus(Duration.ofHours(1)));

            fixtures.movePlan(null);
            SupportClock stopped = clockOf(id);
            assertThat(stopped.getFirstResponseDueAt()).isNull();
            assertThat(stopped.currentTarget()).isNull();
            assertThat(stopped.getNextCheckAt()).isNull();
            assertThat(causes(stopped)).containsExactly(ClockChange.Cause.STARTED, ClockChange.Cause.PLAN_CHANGED,
                    ClockChange.Cause.PLAN_CHANGED);
        } finally {
            fixtures.movePlan(fixtures.planA());
        }
        assertThat(clockOf(id).getFirstResponseDueAt()).as("back on plan A, from its start")
                .isEqualTo(lisbon(mondayAhead(14, 0).toLocalDate(), 14, 0).plus(
                        Duration.between(mondayAhead(10, 0).toInstant(), clockOf(id).getStartedAt())));
    }

    @Test
    void a_late_answer_records_one_breach_with_the_paused_time_and_the_reprioritisation_as_its_cause() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Chargebacks doubled overnight");
        byTeam(() -> workflow.triage(id, null, Priority.URGENT, version(id)));
        setTo(clock, mondayAhead(10, 10));
        byTeam(() -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "Which merchant?", version(id)));
        setTo(clock, mondayAhead(10, 20));
        byTeam(() -> workflow.move(id, RequestStatus.TRIAGED, null, version(id)));
        setTo(clock, mondayAhead(11, 0));
        byTeam(() -> conversations.comment(id, "Found it: a retry loop.", false));
        byTeam(() -> conversations.comment(id, "Fix deployed.", false));

        SupportClock late = clockOf(id);
        ClockPause pause = pauses.findByClockIdOrderByIdAsc(late.getId()).getFirst();
        List<SlaBreach> recorded = breaches.findByClockIdOrderByIdAsc(late.getId());
        assertThat(recorded).singleElement().satisfies(breach -> {
            assertThat(breach.getTarget()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(breach.getMissedAt()).isEqualTo(late.getStartedAt().plus(Duration.ofMinutes(30))
                    .plus(Duration.between(pause.getPausedAt(), pause.getResumedAt())));
            assertThat(breach.getNoticedAt()).isEqualTo(late.getFirstRespondedAt());
            assertThat(breach.getCause()).isEqualTo("paused=" + Duration.between(pause.getPausedAt(),
                    pause.getResumedAt()) + ";priority=NORMAL>URGENT");
        });
    }

    @Test
    void a_changed_calendar_computes_the_open_clocks_counting_on_it_again() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Are reports signed?");
        long calendarId = transactions.execute(status -> calendars.findByName("Clocks test · Lisbon hours")
                .orElseThrow().getId());
        try {
            editLisbonHours(calendarId, LocalTime.of(13, 0));
            events.publishEvent(new CalendarChanged(calendarId));
            SupportClock moved = clockOf(id);
            assertThat(moved.getFirstResponseDueAt()).as("the day now starts at 13:00: 4 hours from 13:00")
                    .isEqualTo(lisbon(mondayAhead(10, 0).toLocalDate(), 17, 0));
            assertThat(causes(moved)).containsExactly(ClockChange.Cause.STARTED, ClockChange.Cause.CALENDAR_CHANGED);
        } finally {
            editLisbonHours(calendarId, LocalTime.of(9, 0));
            events.publishEvent(new CalendarChanged(calendarId));
        }
    }

    @Test
    void a_clock_restarted_from_a_back_dated_history_records_its_late_first_response_once() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Why were two invoices sent?");
        byTeam(() -> conversations.comment(id, "We found the cause.", false));
        Instant filedEarlier = mondayAhead(10, 0).minusDays(3).toInstant(); // the Friday before, 10:00
        jdbc.update("update sla_clocks set started_at = ? where request_id = ?", java.sql.Timestamp.from(filedEarlier),
                id);

        boolean restarted = teamGets(() -> slaClocks.restartFromHistory(id));
        teamGets(() -> slaClocks.restartFromHistory(id));

        SupportClock again = clockOf(id);
        assertThat(restarted).isTrue();
        assertThat(again.getFirstResponseDueAt()).isEqualTo(lisbon(mondayAhead(10, 0).toLocalDate().minusDays(3),
                14, 0));
        Instant fridayDue = lisbon(mondayAhead(10, 0).toLocalDate().minusDays(3), 14, 0);
        assertThat(breaches.findByClockIdOrderByIdAsc(again.getId())).singleElement().satisfies(breach -> {
            assertThat(breach.getTarget()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(breach.getMissedAt()).as("missed on Friday at its due time").isEqualTo(fridayDue);
            assertThat(breach.getNoticedAt()).as("noticed when the late answer came").isEqualTo(
                    again.getFirstRespondedAt());
        });
        assertThat(teamGets(() -> reports.forRequest(id)).orElseThrow().breaches())
                .extracting(ClockReport.BreachLine::missedAt).as("the page says when it was missed")
                .containsExactly(fridayDue);
        List<ClockChange> history = changes.findByClockIdOrderByIdAsc(again.getId());
        assertThat(history).extracting(ClockChange::getCause).containsExactly(ClockChange.Cause.STARTED,
                ClockChange.Cause.RESPONDED);
        assertThat(history.getFirst().getChangedAt()).isEqualTo(filedEarlier);
        assertThat(as(TEAM, () -> center.latest(100)).stream()
                .filter(line -> line.messageKey().equals("notice.SLA_BREACHED"))
                .filter(line -> line.link().equals("requests/" + id)).count()).as("escalated to the lead once")
                .isEqualTo(1);
    }

    @Test
    void a_first_response_met_at_high_priority_is_shown_with_the_high_target_after_a_change_to_urgent() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Settlement file delayed?");
        byTeam(() -> workflow.triage(id, null, Priority.HIGH, version(id)));
        setTo(clock, mondayAhead(11, 0));
        byTeam(() -> conversations.comment(id, "Looking at the batch now.", false));
        Instant highDue = clockOf(id).getFirstResponseDueAt();
        setTo(clock, mondayAhead(11, 30));
        byTeam(() -> workflow.triage(id, null, Priority.URGENT, version(id)));

        ClockReport report = teamGets(() -> reports.forRequest(id)).orElseThrow();

        assertThat(report.priority()).isEqualTo(Priority.URGENT);
        ClockReport.TargetLine first = report.targets().getFirst();
        assertThat(first.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
        assertThat(first.dueAt()).as("the due time it was met against is kept").isEqualTo(highDue);
        assertThat(first.countedAt()).isEqualTo(Priority.HIGH);
        assertThat(first.allowed()).as("HIGH's 2 business hours, not URGENT's 30 minutes")
                .isEqualTo(Duration.ofHours(2));
        ClockReport.TargetLine resolution = report.targets().getLast();
        assertThat(resolution.countedAt()).as("what is still open runs on the current priority")
                .isEqualTo(Priority.URGENT);
        assertThat(resolution.allowed()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_pause_from_friday_to_monday_counts_neither_the_weekend_nor_the_waiting() {
        ZonedDateTime friday = mondayAhead(10, 0).minusDays(3);
        setTo(clock, friday);
        long id = question("Which IBAN for refunds?");
        setTo(clock, friday.withHour(11));
        byTeam(() -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "For which account?", version(id)));
        setTo(clock, mondayAhead(10, 0));
        as(CLIENT, () -> {
            conversations.comment(id, "The euro account.", false);
            return null;
        });

        SupportClock resumed = clockOf(id);
        assertThat(resumed.getPausedSince()).isNull();
        assertThat(resumed.getFirstResponseDueAt()).as("1 h used on Friday, 3 h left from Monday 10:00")
                .isCloseTo(lisbon(mondayAhead(10, 0).toLocalDate(), 13, 0), within(5, ChronoUnit.SECONDS));
        ClockReport.TargetLine first = teamGets(() -> reports.forRequest(id)).orElseThrow().targets().getFirst();
        assertThat(first.used()).as("Friday 10:00-11:00 only").isCloseTo(Duration.ofHours(1), Duration.ofSeconds(5));
        assertThat(causes(resumed)).containsExactly(ClockChange.Cause.STARTED, ClockChange.Cause.PAUSED,
                ClockChange.Cause.RESUMED);
    }

    @Test
    void a_request_of_an_organisation_on_no_plan_runs_no_clock() {
        long id = teamGets(() -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "Opening hours?",
                "When is support reachable?").forOrganisation(fixtures.noPlan())));

        assertThat(clocks.findByRequestId(id)).isEmpty();
    }

    @Test
    void product_requests_run_no_clock() {
        long id = teamGets(() -> intake.file(RequestDraft.idea("Instant payouts", "Pay merchants the same day.",
                ProductAnswers.of("Merchants", "Daily payouts", "Cash flow")).forOrganisation(fixtures.bank())));

        assertThat(clocks.findByRequestId(id)).isEmpty();
    }

    private void editLisbonHours(long calendarId, LocalTime opening) {
        transactions.executeWithoutResult(status -> {
            BusinessCalendar calendar = calendars.findById(calendarId).orElseThrow();
            List<BusinessCalendar.Hours> week = calendar.getHours().stream()
                    .map(hours -> new BusinessCalendar.Hours(hours.day(), opening, hours.end())).toList();
            calendar.change(calendar.getName(), calendar.getZone(), week, calendar.getHolidays(), Instant.now());
            calendars.saveAndFlush(calendar);
        });
    }

    private List<ClockChange.Cause> causes(SupportClock clock) {
        return changes.findByClockIdOrderByIdAsc(clock.getId()).stream().map(ClockChange::getCause).toList();
    }

    private <T> T teamGets(java.util.function.Supplier<T> work) {
        return as(TEAM, work);
    }

    private static Instant lisbon(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), LISBON).toInstant();
    }
}
