package app.ponte.feedback;

import app.ponte.SignedIn;
import app.ponte.organisation.OrganisationDraft;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.Members;
import app.ponte.organisation.ReviewCadence;
import app.ponte.request.FaultAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Severity;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A client company of its own (account manager: lead@ponte.test) with a client admin who reads Portuguese, and
 * requests of theirs delivered by the team: feedback tests change nobody else's data.
 */
@Component
@Profile({"test", "mariadb-test"})
public class FeedbackFixtures {

    public static final String TEAM = "lead@ponte.test";

    private final Organisations organisations;
    private final Members members;
    private final RequestIntake intake;
    private final RequestWorkflow workflow;
    private final RequestReading reading;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    FeedbackFixtures(Organisations organisations, Members members, RequestIntake intake, RequestWorkflow workflow,
            RequestReading reading, UserDetailsService users, JdbcTemplate jdbc) {
        this.organisations = organisations;
        this.members = members;
        this.intake = intake;
        this.workflow = workflow;
        this.reading = reading;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A new client company and its client admin, language pt-BR. */
    public Client newClient() {
        String name = "Feedback client " + UUID.randomUUID();
        String email = "fb-" + UUID.randomUUID() + "@client.test";
        long managerId = jdbc.queryForObject("select id from accounts where email = ?", Long.class, TEAM);
        return SystemAuthentication.runAsAdmin(() -> {
            long organisationId = organisations.create(new OrganisationDraft(OrganisationKind.CLIENT, name,
                    ZoneId.of("America/Sao_Paulo"), "pt-BR", managerId, ReviewCadence.MONTHLY, null)).id();
            long accountId = members.createAccount(email, "Beatriz Cliente", "ponte-demo-2026", "pt-BR",
                    ZoneId.of("America/Sao_Paulo"));
            members.addMembership(accountId, organisationId, Role.CLIENT_ADMIN);
            return new Client(organisationId, name, accountId, email, managerId);
        });
    }

    /** A new department with two members (both asked the survey); returns the department's id. */
    public Department newDepartment() {
        String name = "Feedback department " + UUID.randomUUID();
        String first = "fb-" + UUID.randomUUID() + "@dept.test";
        String second = "fb-" + UUID.randomUUID() + "@dept.test";
        return SystemAuthentication.runAsAdmin(() -> {
            long organisationId = organisations.create(OrganisationKind.DEPARTMENT, name, ZoneId.of("UTC"), "en").id();
            for (String email : java.util.List.of(first, second)) {
                long accountId = members.createAccount(email, "Dept Person", "ponte-demo-2026", "en", ZoneId.of("UTC"));
                members.addMembership(accountId, organisationId, Role.INTERNAL);
            }
            return new Department(organisationId, name, first, second);
        });
    }

    /** A plain client member (not its admin) of the client: never asked the survey. */
    public String plainMember(Client client) {
        String email = "fb-" + UUID.randomUUID() + "@client.test";
        SystemAuthentication.runAsAdmin(() -> {
            long accountId = members.createAccount(email, "Carla Cliente", "ponte-demo-2026", "en", ZoneId.of("UTC"));
            return members.addMembership(accountId, client.organisationId(), Role.CLIENT);
        });
        return email;
    }

    /** A bug the client files and the team resolves (delivers), assigned to lead@; returns its id. */
    public long deliveredRequest(Client client, String title) {
        long id = SignedIn.as(users, client.email(), () -> intake.file(RequestDraft.bug(title, "It fails.",
                new FaultAnswers(Severity.LOW, "Open it.", "Today")).onSystem("Orders API")));
        move(id, RequestStatus.TRIAGED);
        SignedIn.as(users, TEAM, () -> workflow.triage(id, client.managerId(), null, reading.details(id).version()));
        move(id, RequestStatus.IN_PROGRESS);
        move(id, RequestStatus.DELIVERED);
        return id;
    }

    public void move(long requestId, RequestStatus to) {
        SignedIn.as(users, TEAM, () -> workflow.move(requestId, to, null, reading.details(requestId).version()));
    }

    /** The newest waiting feedback or survey e-mail to this address, as stored (links live). */
    public String mailTo(String email) {
        return jdbc.queryForObject("""
                select body from mail_outbox where recipient = ? and body like '%/feedback/%' order by id desc limit 1
                """, String.class, email);
    }

    public int mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, email);
    }

    /** The feedback token in that e-mail's link. */
    public String tokenIn(String body) {
        var matcher = java.util.regex.Pattern.compile("/feedback/([A-Za-z0-9_-]+)").matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no feedback link in: " + body);
        }
        return matcher.group(1);
    }

    public record Department(long organisationId, String name, String firstEmail, String secondEmail) {
    }

    public record Client(long organisationId, String name, long accountId, String email, long managerId) {
    }
}
