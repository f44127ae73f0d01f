package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.organisation.ReviewCadence;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import biweekly.component.VEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attack: an attendee chosen while a member of the organisation leaves it (here for a competitor) but keeps an
 * active account. The meeting's later changes (move, reason, cancel, the series again) must no longer reach them,
 * neither as their own invitation nor as an attendee in everyone else's calendar entry.
 */
@H2Test
class MeetingInvitationsAfterLeavingTest {

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
    String leaverEmail;
    long leaverId;
    long membershipId;
    long leadId;

    @BeforeEach
    void aClientPersonWhoAlsoJoinsACompetitor() {
        client = fixtures.newClient();
        organisationId = fixtures.organisationId(client);
        long competitor = fixtures.organisationId(fixtures.newClient());
        leaverEmail = "leaver-" + UUID.randomUUID() + "@client.test";
        leaverId = SystemAuthentication.runAsAdmin(() -> {
            long id = members.createAccount(leaverEmail, "Lena Leaver", DemoFixtures.PASSWORD, "en-US",
                    ZoneId.of("America/New_York"));
            membershipId = members.addMembership(id, organisationId, Role.CLIENT);
            members.addMembership(id, competitor, Role.CLIENT);
            return id;
        });
        leadId = fixtures.accountId("lead@ponte.test");
    }

    @Test
    void a_person_who_left_the_organisation_is_not_told_of_its_moved_meeting_nor_listed_as_an_attendee() {
        long seriesId = series(Set.of(leaverId, leadId));
        long occurrenceId = transactions.execute(tx -> meetings.save(Meeting.occurrence(
                seriesRepository.findById(seriesId).orElseThrow(), Instant.parse("2026-12-08T15:00:00Z"),
                Instant.now())).getId());
        assertThat(count(leaverEmail)).isEqualTo(1);
        leave();

        transactions.executeWithoutResult(tx -> {
            meetings.findById(occurrenceId).orElseThrow().move(Instant.parse("2026-12-09T15:00:00Z"),
                    "Merger talks with the bank", Instant.now());
            events.publishEvent(new MeetingChanged(occurrenceId, MeetingState.PLANNED));
        });
        transactions.executeWithoutResult(tx -> events.publishEvent(new SeriesChanged(seriesId)));

        assertThat(count(leaverEmail)).isEqualTo(1);
        byte[] toLead = jdbc.queryForObject("""
                select a.content from mail_outbox m join mail_outbox_attachments a on a.message_id = m.id
                where m.recipient = 'lead@ponte.test' and m.subject like ? order by m.id desc limit 1""",
                byte[].class, "%" + client + "%");
        VEvent event = CalendarEntriesTest.read(toLead).getEvents().getFirst();
        assertThat(event.getAttendees()).extracting(a -> a.getEmail()).containsExactly("lead@ponte.test");
    }

    @Test
    void a_person_who_left_the_organisation_is_not_told_that_its_workshop_was_cancelled() {
        long workshopId = transactions.execute(tx -> meetings.save(Meeting.single(organisationId,
                MeetingKind.WORKSHOP, "Discovery", Instant.parse("2026-12-10T14:00:00Z"), 90,
                ZoneId.of("America/New_York"), "workshop-" + UUID.randomUUID() + "@ponte", Set.of(leaverId, leadId),
                Instant.now())).getId());
        leave();

        transactions.executeWithoutResult(tx -> {
            meetings.findById(workshopId).orElseThrow().cancel("Budget cut after the audit", Instant.now());
            events.publishEvent(new MeetingChanged(workshopId, MeetingState.CANCELLED));
        });

        assertThat(count(leaverEmail)).isZero();
        assertThat(count("lead@ponte.test")).isPositive();
    }

    private void leave() {
        SystemAuthentication.runAsAdmin(() -> {
            members.removeMembership(membershipId, fixtures.membershipVersion(membershipId));
            return null;
        });
    }

    private long series(Set<Long> attendees) {
        return transactions.execute(tx -> {
            MeetingSeries series = new MeetingSeries(organisationId, "series-" + UUID.randomUUID() + "@ponte",
                    Instant.now());
            series.setRule(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), 60,
                    ZoneId.of("America/New_York"), LocalDate.of(2026, 12, 1), true, attendees, Instant.now());
            series = seriesRepository.save(series);
            events.publishEvent(new SeriesChanged(series.getId()));
            return series.getId();
        });
    }

    private long count(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?",
                Long.class, recipient, "%" + client + "%");
    }
}
