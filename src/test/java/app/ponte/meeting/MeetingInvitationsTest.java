package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.organisation.ReviewCadence;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Invitations queued with the change they announce: one per person, their language and zone, the entry attached. */
@H2Test
class MeetingInvitationsTest {

    @Autowired
    MeetingSeriesRepository seriesRepository;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Members members;

    String client;
    long organisationId;
    String clientEmail;
    long clientId;
    long leadId;
    final String uid = "series-" + UUID.randomUUID() + "@ponte";

    @BeforeEach
    void aClientWithAPersonAndTheTeamLead() {
        client = fixtures.newClient();
        organisationId = fixtures.organisationId(client);
        clientEmail = "invitee-" + UUID.randomUUID() + "@client.test";
        clientId = SystemAuthentication.runAsAdmin(() -> {
            long id = members.createAccount(clientEmail, "Carla Client", "ponte-demo-2026", "en-US",
                    ZoneId.of("America/New_York"));
            members.addMembership(id, organisationId, Role.CLIENT);
            return id;
        });
        leadId = fixtures.accountId("lead@ponte.test");
    }

    @Test
    void a_new_series_invites_each_attendee_in_their_language_and_zone_with_the_whole_series_attached() {
        long seriesId = newSeries();

        Map<String, Object> toClient = mail(clientEmail, "Review with " + client);
        assertThat(toClient.get("subject")).isEqualTo("Invitation: Review with " + client + " (Weekly)");
        assertThat((String) toClient.get("body")).contains("Hello Carla Client", "Tuesday, December 1, 2026",
                "10:00", "America/New_York");
        Map<String, Object> toLead = mail("lead@ponte.test", "Revisão com " + client);
        assertThat((String) toLead.get("body")).contains("Olá, Lucas Lead", "12:00", "America/Sao_Paulo");

        ICalendar ical = CalendarEntriesTest.read((byte[]) toLead.get("content"));
        assertThat(toLead.get("media_type")).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(ical.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = ical.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo(uid(seriesId));
        assertThat(event.getRecurrenceRule()).isNotNull();
        assertThat(event.getSummary().getValue()).isEqualTo("Revisão com " + client);
        assertThat(event.getAttendees()).extracting(a -> a.getEmail())
                .containsExactlyInAnyOrder(clientEmail, "lead@ponte.test");
    }

    @Test
    void an_occurrence_made_from_the_series_is_not_mailed_again_but_its_move_and_cancel_are() {
        long seriesId = newSeries();
        long occurrenceId = transactions.execute(tx -> {
            MeetingSeries series = seriesRepository.findById(seriesId).orElseThrow();
            Meeting made = meetings.save(Meeting.occurrence(series, Instant.parse("2026-12-08T15:00:00Z"),
                    Instant.now()));
            events.publishEvent(new MeetingScheduled(made.getId()));
            return made.getId();
        });
        assertThat(count(clientEmail)).isEqualTo(1);

        transactions.executeWithoutResult(tx -> {
            meetings.findById(occurrenceId).orElseThrow().move(Instant.parse("2026-12-09T15:00:00Z"),
                    "Team offsite", Instant.now());
            events.publishEvent(new MeetingChanged(occurrenceId, MeetingState.PLANNED));
        });
        Map<String, Object> moved = mail(clientEmail, "Moved:");
        assertThat((String) moved.get("body")).contains("Wednesday, December 9, 2026", "Reason: Team offsite");
        VEvent override = CalendarEntriesTest.read((byte[]) moved.get("content")).getEvents().getFirst();
        assertThat(override.getUid().getValue()).isEqualTo(uid(seriesId));
        assertThat(override.getRecurrenceId().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-08T15:00:00Z"));
        assertThat(override.getSequence().getValue()).isEqualTo(1);

        transactions.executeWithoutResult(tx -> {
            meetings.findById(occurrenceId).orElseThrow().cancel("Holiday", Instant.now());
            events.publishEvent(new MeetingChanged(occurrenceId, MeetingState.CANCELLED));
        });
        Map<String, Object> cancelled = mail(clientEmail, "Cancelled:");
        assertThat(cancelled.get("media_type")).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
        ICalendar cancel = CalendarEntriesTest.read((byte[]) cancelled.get("content"));
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.getEvents().getFirst().getSequence().getValue()).isEqualTo(2);
        assertThat(count(clientEmail)).isEqualTo(3);
    }

    @Test
    void a_workshop_invites_its_participants_with_its_own_entry() {
        transactions.executeWithoutResult(tx -> {
            Meeting workshop = meetings.save(Meeting.single(organisationId, MeetingKind.WORKSHOP, "Discovery",
                    Instant.parse("2026-12-10T14:00:00Z"), 90, ZoneId.of("America/New_York"),
                    "workshop-" + UUID.randomUUID() + "@ponte", Set.of(clientId), Instant.now()));
            events.publishEvent(new MeetingScheduled(workshop.getId()));
        });

        Map<String, Object> invitation = mail(clientEmail, "Workshop with");
        // 14:00 UTC is 9:00 in New York; Java writes a narrow space before "AM".
        assertThat((String) invitation.get("subject")).startsWith("Invitation: Workshop with " + client
                + ": Discovery, Thursday, December 10, 2026, 9:00").endsWith("AM");
        VEvent event = CalendarEntriesTest.read((byte[]) invitation.get("content")).getEvents().getFirst();
        assertThat(event.getRecurrenceRule()).isNull();
        assertThat(event.getUid().getValue()).startsWith("workshop-");
    }

    private long newSeries() {
        return transactions.execute(tx -> {
            MeetingSeries series = new MeetingSeries(organisationId, uid, Instant.now());
            series.setRule(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), 60,
                    ZoneId.of("America/New_York"), LocalDate.of(2026, 12, 1), true, Set.of(clientId, leadId),
                    Instant.now());
            series = seriesRepository.save(series);
            events.publishEvent(new SeriesChanged(series.getId()));
            return series.getId();
        });
    }

    private String uid(long seriesId) {
        return uid;
    }

    private long count(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?",
                Long.class, recipient, "%" + client + "%");
    }

    private Map<String, Object> mail(String recipient, String subjectPart) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select m.subject, m.body, a.media_type, a.content from mail_outbox m
                join mail_outbox_attachments a on a.message_id = m.id
                where m.recipient = ? and m.subject like ? and m.subject like ? order by m.id desc""",
                recipient, "%" + subjectPart + "%", "%" + client + "%");
        assertThat(rows).isNotEmpty();
        return rows.getFirst();
    }
}
