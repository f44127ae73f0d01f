package app.ponte.meeting;

import app.ponte.organisation.Members;
import app.ponte.organisation.OrganisationDraft;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.ReviewCadence;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A client company of its own (in New York) with a client admin and a plain member, and meetings made with the
 * entity factory: the minutes tests change nobody else's data.
 */
@Component
@Profile({"test", "mariadb-test"})
public class MinutesFixtures {

    public static final String TEAM = "lead@ponte.test";
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Organisations organisations;
    private final Members members;
    private final MeetingRepository meetings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MinutesFixtures(Organisations organisations, Members members, MeetingRepository meetings, JdbcTemplate jdbc,
            Clock clock) {
        this.organisations = organisations;
        this.members = members;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Client newClient() {
        String name = "Minutes client " + UUID.randomUUID();
        String admin = "mi-" + UUID.randomUUID() + "@client.test";
        String member = "mi-" + UUID.randomUUID() + "@client.test";
        return SystemAuthentication.runAsAdmin(() -> {
            long organisationId = organisations.create(new OrganisationDraft(OrganisationKind.CLIENT, name, NEW_YORK,
                    "en-US", accountId(TEAM), ReviewCadence.WEEKLY, null)).id();
            long adminId = members.createAccount(admin, "Alice Client", "ponte-demo-2026", "en-US", NEW_YORK);
            members.addMembership(adminId, organisationId, Role.CLIENT_ADMIN);
            long memberId = members.createAccount(member, "Mario Member", "ponte-demo-2026", "en-US", NEW_YORK);
            members.addMembership(memberId, organisationId, Role.CLIENT);
            return new Client(organisationId, name, adminId, admin, memberId, member);
        });
    }

    /** A planned review of the client starting at that instant. */
    public long review(Client client, Instant start) {
        return meeting(client, MeetingKind.REVIEW, null, start);
    }

    public long workshop(Client client, Instant start) {
        return meeting(client, MeetingKind.WORKSHOP, "Discovery", start);
    }

    private long meeting(Client client, MeetingKind kind, String title, Instant start) {
        return meetings.save(Meeting.single(client.organisationId(), kind, title, start, 60, NEW_YORK,
                UUID.randomUUID() + "@test", Set.of(client.adminId()), clock.instant())).getId();
    }

    /** Cancels the meeting, as the series feature would. */
    public void cancel(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        meeting.cancel("Public holiday", clock.instant());
        meetings.save(meeting);
    }

    public long accountId(String email) {
        return jdbc.queryForObject("select id from accounts where email = ?", Long.class, email);
    }

    public int notices(long accountId, String event) {
        return jdbc.queryForObject("select count(*) from notifications where recipient_id = ? and event_type = ?",
                Integer.class, accountId, event);
    }

    public record Client(long organisationId, String name, long adminId, String adminEmail, long memberId,
            String memberEmail) {
    }
}
