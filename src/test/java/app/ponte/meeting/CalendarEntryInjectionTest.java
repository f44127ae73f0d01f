package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.organisation.Accounts;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.organisation.Profile;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attack: a client names themself (their own profile) with carriage returns followed by iCalendar properties; the
 * team's title of a workshop carries one too. ical4j escapes line feeds but not a lone carriage return, which
 * calendar apps read as a line's end: the entries the team and the other attendees get must hold no injected
 * property, event or lost attendee.
 */
@H2Test
class CalendarEntryInjectionTest extends SignedInServiceTest {

    private static final String INJECTED = "Eve\rURL:https://evil.example/a\rEND:VEVENT\rBEGIN:VEVENT\r"
            + "UID:planted\rSUMMARY:Wire the money\rX-A:";

    @Autowired
    CalendarFeeds feeds;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Members members;
    @Autowired
    Accounts accounts;

    @Test
    void a_name_or_title_with_carriage_returns_adds_no_property_event_or_attendee_to_a_meeting_entry() {
        long organisationId = fixtures.organisationId(fixtures.newClient());
        String eve = "eve-" + UUID.randomUUID() + "@client.test";
        long eveId = SystemAuthentication.runAsAdmin(() -> {
            long id = members.createAccount(eve, "Eve", DemoFixtures.PASSWORD, "en-US", ZoneId.of("UTC"));
            members.addMembership(id, organisationId, Role.CLIENT);
            return id;
        });
        as(eve, () -> {
            Profile mine = accounts.myProfile();
            return accounts.updateMyProfile(new Profile(mine.email(), INJECTED, mine.language(), mine.timeZone(),
                    mine.version()));
        });
        long leadId = fixtures.accountId("lead@ponte.test");
        long workshop = transactions.execute(tx -> meetings.save(Meeting.single(organisationId, MeetingKind.WORKSHOP,
                "Discovery\rLOCATION:https://evil.example/s", Instant.parse("2026-12-10T14:00:00Z"), 90,
                ZoneId.of("UTC"), "workshop-" + UUID.randomUUID() + "@ponte", Set.of(eveId, leadId), Instant.now()))
                .getId());

        byte[] entry = as("lead@ponte.test", () -> feeds.meetingEntry(workshop));

        String written = new String(entry, StandardCharsets.UTF_8);
        assertThat(written.replace("\r\n", "")).doesNotContain("\r");
        ICalendar ical = CalendarEntriesTest.read(entry);
        assertThat(ical.getEvents()).hasSize(1);
        VEvent event = ical.getEvents().getFirst();
        assertThat(event.getUrl()).isNull();
        assertThat(event.getLocation()).isNull();
        assertThat(event.getSummary().getValue()).contains("Discovery").contains("LOCATION:https://evil.example/s");
        assertThat(event.getAttendees()).extracting(a -> a.getEmail())
                .containsExactlyInAnyOrder(eve, "lead@ponte.test");
        assertThat(event.getAttendees()).filteredOn(a -> a.getEmail().equals(eve)).singleElement()
                .satisfies(a -> assertThat(a.getCommonName()).startsWith("Eve ").contains("UID:planted"));
    }
}
