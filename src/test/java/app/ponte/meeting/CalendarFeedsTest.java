package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.organisation.Accounts;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.organisation.ReviewCadence;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import biweekly.ICalendar;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** A person's calendar feed: their meetings only, at a secret address that can be replaced and stopped. */
@H2Test
class CalendarFeedsTest extends SignedInServiceTest {

    @Autowired
    Accounts accounts;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    MeetingSeriesRepository seriesRepository;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Members members;
    @Autowired
    WebApplicationContext context;

    MockMvc web;
    String mine;
    String theirs;
    String person;
    long ownWorkshop;
    long otherWorkshop;
    final String mySeries = "mine-" + UUID.randomUUID() + "@ponte";
    final String theirSeries = "theirs-" + UUID.randomUUID() + "@ponte";

    @BeforeEach
    void twoClientsEachWithASeriesAndAWorkshopThePersonIsListedIn() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mine = fixtures.newClient();
        theirs = fixtures.newClient();
        long mineId = fixtures.organisationId(mine);
        long theirsId = fixtures.organisationId(theirs);
        person = "feed-" + UUID.randomUUID() + "@client.test";
        long personId = SystemAuthentication.runAsAdmin(() -> {
            long id = members.createAccount(person, "Paula Feed", "ponte-demo-2026", "pt-BR",
                    ZoneId.of("America/Sao_Paulo"));
            members.addMembership(id, mineId, Role.CLIENT);
            return id;
        });
        long leadId = fixtures.accountId("lead@ponte.test");
        transactions.executeWithoutResult(tx -> {
            seriesRepository.save(series(mineId, mySeries, Set.of(personId, leadId)));
            // Listed by mistake in another organisation's series and workshop: not a member there, so not shown.
            seriesRepository.save(series(theirsId, theirSeries, Set.of(personId)));
            ownWorkshop = meetings.save(workshop(mineId, "own-", personId)).getId();
            otherWorkshop = meetings.save(workshop(theirsId, "other-", personId)).getId();
        });
    }

    @Test
    void the_feed_holds_the_persons_own_meetings_in_their_language_and_nothing_of_another_organisation()
            throws Exception {
        String address = as(person, feeds::newAddress);
        assertThat(address).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");

        MockHttpServletResponse response = fetch(address);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        ICalendar ical = CalendarEntriesTest.read(response.getContentAsByteArray());
        assertThat(ical.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(ical.getEvents()).extracting(e -> e.getUid().getValue()).contains(mySeries)
                .doesNotContain(theirSeries).anyMatch(uid -> uid.startsWith("own-"))
                .noneMatch(uid -> uid.startsWith("other-"));
        VEvent series = ical.getEvents().stream().filter(e -> e.getUid().getValue().equals(mySeries)).findFirst()
                .orElseThrow();
        assertThat(series.getSummary().getValue()).isEqualTo("Revisão com " + mine);
        assertThat(series.getRecurrenceRule().getValue().getFrequency()).isEqualTo(biweekly.util.Frequency.WEEKLY);
    }

    @Test
    void a_replaced_or_stopped_address_answers_not_found_like_an_unknown_one() throws Exception {
        String first = as(person, feeds::newAddress);
        String second = as(person, feeds::newAddress);

        assertThat(fetch(first).getStatus()).isEqualTo(404);
        assertThat(fetch(second).getStatus()).isEqualTo(200);
        assertThat(as(person, feeds::myFeedSince)).isPresent();

        as(person, () -> {
            feeds.stop();
            return null;
        });
        assertThat(fetch(second).getStatus()).isEqualTo(404);
        assertThat(as(person, feeds::myFeedSince)).isEmpty();
        assertThat(web.perform(get("/calendar/not-a-token.ics")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_new_password_ends_the_feed_address_made_before_it() throws Exception {
        String address = as(person, feeds::newAddress);
        assertThat(fetch(address).getStatus()).isEqualTo(200);

        as(person, () -> {
            accounts.changeMyPassword("ponte-demo-2026", "a-new-and-long-passphrase-2026", "192.0.2.10");
            return null;
        });

        assertThat(fetch(address).getStatus()).as("whoever copied the address reads no more").isEqualTo(404);
        assertThat(as(person, feeds::myFeedSince)).isEmpty();
    }

    @Test
    void nobody_signed_out_can_make_read_or_stop_a_feed_address_or_download_an_entry() {
        assertThatThrownBy(feeds::newAddress).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(feeds::myFeedSince).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(feeds::stop).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> feeds.meetingEntry(ownWorkshop))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_meeting_entry_is_downloaded_by_its_organisation_and_the_team_and_not_found_for_another_client() {
        assertThat(as(person, () -> new String(feeds.meetingEntry(ownWorkshop)))).contains("UID:own-");
        assertThat(as("lead@ponte.test", () -> new String(feeds.meetingEntry(otherWorkshop)))).contains("UID:other-");
        assertThat(as("admin@ponte.test", () -> new String(feeds.meetingEntry(otherWorkshop))))
                .contains("METHOD:PUBLISH");
        assertThatThrownBy(() -> as(person, () -> feeds.meetingEntry(otherWorkshop)))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as("ana@aurora.test", () -> feeds.meetingEntry(ownWorkshop)))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as("marketing@ponte.test", () -> feeds.meetingEntry(ownWorkshop)))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as("ana@aurora.test", () -> feeds.meetingEntry(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    void every_role_has_its_own_feed_address() {
        for (String email : new String[] {"admin@ponte.test", "lead@ponte.test", "marketing@ponte.test",
                "ana@aurora.test", "leo@aurora.test"}) {
            assertThat(as(email, feeds::newAddress)).contains("/calendar/");
            as(email, () -> {
                feeds.stop();
                return null;
            });
        }
    }

    @Test
    void one_client_address_that_fetches_too_often_is_told_to_wait_and_others_are_not() throws Exception {
        String address = as(person, feeds::newAddress);
        String path = address.substring(address.indexOf("/calendar/"));
        // 30 a minute, refilled evenly (one every two seconds): on a slow machine a few more get through first
        int served = 0;
        int status = 200;
        while (status == 200 && served < 45) {
            status = web.perform(get(path).with(from("203.0.113.77"))).andReturn().getResponse().getStatus();
            served += status == 200 ? 1 : 0;
        }

        assertThat(status).isEqualTo(429);
        assertThat(served).isBetween(30, 40);
        assertThat(web.perform(get(path).with(from("203.0.113.78"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse fetch(String address) throws Exception {
        String path = address.substring(address.indexOf("/calendar/"));
        return web.perform(get(path)).andReturn().getResponse();
    }

    private static MeetingSeries series(long organisationId, String uid, Set<Long> attendees) {
        MeetingSeries series = new MeetingSeries(organisationId, uid, Instant.now());
        series.setRule(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), 60,
                ZoneId.of("America/New_York"), LocalDate.of(2026, 12, 1), true, attendees, Instant.now());
        return series;
    }

    private static Meeting workshop(long organisationId, String prefix, long participant) {
        return Meeting.single(organisationId, MeetingKind.WORKSHOP, "Discovery",
                Instant.parse("2026-12-10T14:00:00Z"), 90, ZoneId.of("America/New_York"),
                prefix + UUID.randomUUID() + "@ponte", Set.of(participant), Instant.now());
    }
}
