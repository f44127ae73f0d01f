package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.OutboxSender;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Invitations and password resets end to end through a real SMTP server in the JVM: the link is read
 * from the received e-mail, exactly as the person would.
 */
@H2Test
class MailAndLinksTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/(invitation|reset-password)/([A-Za-z0-9_-]+)");

    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets resets;
    @Autowired
    OutboxSender sender;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Organisations organisations;
    @Autowired
    Members members;

    /**
     * The outbox is shared by every test, and the job takes the oldest 50 due messages per run: what other
     * tests left there goes out first, so that each test's own {@code sendDue()} delivers its own message.
     */
    @BeforeEach
    void sendWhatOtherTestsLeftInTheOutbox() {
        while (sender.sendDue() > 0) {
            // one batch per run
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_invited_person_follows_the_link_from_the_e_mail_and_can_sign_in() throws Exception {
        String email = "invitee-" + UUID.randomUUID() + "@example.test";
        SignedIn.run(users, "ana@aurora.test",
                () -> invitations.invite(email, fixtures.organisationId("Aurora Commerce"), Role.CLIENT));

        sender.sendDue();

        MimeMessage received = receivedBy(email);
        assertThat(received.getSubject()).isEqualTo("You are invited to Aurora Commerce on Ponte");
        String body = GreenMailUtil.getBody(received);
        assertThat(body).contains("ana@aurora.test", "7 days").doesNotContain("Ana Aurora");
        String token = tokenIn(body);
        assertThat(invitations.preview(token).organisationName()).isEqualTo("Aurora Commerce");

        invitations.accept(token, "Ivy Invitee", "pt-BR", ZoneId.of("America/New_York"), "harbour-violet-tangerine");

        PonteUser user = (PonteUser) users.loadUserByUsername(email);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.requireActive().role()).isEqualTo(Role.CLIENT);
        assertThat(user.displayName()).isEqualTo("Ivy Invitee");
        assertThatThrownBy(() -> invitations.preview(token)).isInstanceOfSatisfying(InvalidLinkException.class,
                e -> assertThat(e.problem()).isEqualTo(LinkProblem.USED));
    }

    @Test
    void inviting_again_revokes_the_first_link() throws Exception {
        String email = "twice-" + UUID.randomUUID() + "@example.test";
        long meridian = fixtures.organisationId("Meridian Bank");
        SignedIn.run(users, "admin@ponte.test", () -> invitations.invite(email, meridian, Role.CLIENT_ADMIN));
        sender.sendDue();
        String first = tokenIn(GreenMailUtil.getBody(receivedBy(email)));

        SignedIn.run(users, "admin@ponte.test", () -> invitations.invite(email, meridian, Role.CLIENT_ADMIN));

        assertThatThrownBy(() -> invitations.preview(first)).isInstanceOfSatisfying(InvalidLinkException.class,
                e -> assertThat(e.problem()).isEqualTo(LinkProblem.REVOKED));
    }

    @Test
    void an_unknown_link_is_refused_as_unknown() {
        assertThatThrownBy(() -> invitations.preview("made-up-token")).isInstanceOfSatisfying(
                InvalidLinkException.class, e -> assertThat(e.problem()).isEqualTo(LinkProblem.UNKNOWN));
        assertThatThrownBy(() -> resets.check("made-up-token")).isInstanceOfSatisfying(
                InvalidLinkException.class, e -> assertThat(e.problem()).isEqualTo(LinkProblem.UNKNOWN));
    }

    @Test
    void an_existing_account_is_invited_in_its_own_language_and_joins_only_by_accepting_with_its_password()
            throws Exception {
        String email = "existing-" + UUID.randomUUID() + "@ponte.test";
        SystemAuthentication.runAsAdmin(() -> members.addMembership(members.createAccount(email, "Elisa Existing",
                DemoFixtures.PASSWORD, "pt-BR", ZoneId.of("America/Sao_Paulo")),
                fixtures.organisationId("Meridian Bank"), Role.CLIENT));
        String client = fixtures.newClient();

        SignedIn.run(users, "admin@ponte.test",
                () -> invitations.invite(email, fixtures.organisationId(client), Role.CLIENT));
        sender.sendDue();

        MimeMessage received = receivedBy(email);
        assertThat(received.getSubject()).isEqualTo("Você foi convidado(a) para " + client + " no Ponte");
        assertThat(((PonteUser) users.loadUserByUsername(email)).memberships()).hasSize(1);
        String token = tokenIn(GreenMailUtil.getBody(received));
        assertThat(invitations.preview(token).existingAccount()).isTrue();

        invitations.acceptWithAccount(token, DemoFixtures.PASSWORD);

        assertThat(((PonteUser) users.loadUserByUsername(email)).memberships())
                .extracting(m -> m.organisationName()).containsExactlyInAnyOrder("Meridian Bank", client);
    }

    @Test
    void bad_invitations_are_refused_with_their_reason() {
        String client = fixtures.newClient();
        long id = fixtures.organisationId(client);
        SignedIn.as(users, "admin@ponte.test");

        assertThatThrownBy(() -> invitations.invite("not-an-address", id, Role.CLIENT))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.email-invalid"));
        assertThatThrownBy(() -> invitations.invite("x-" + UUID.randomUUID() + "@example.test", id, Role.TEAM))
                .isInstanceOf(RejectedInputException.class);
        assertThatThrownBy(() -> invitations.invite("leo@aurora.test", fixtures.organisationId("Aurora Commerce"),
                Role.CLIENT)).isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.already-member"));
        organisationsDeactivate(id);
        assertThatThrownBy(() -> invitations.invite("y-" + UUID.randomUUID() + "@example.test", id, Role.CLIENT))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.organisation-inactive"));
    }

    @Test
    void forgot_password_sends_a_one_hour_link_that_works_once() throws Exception {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);

        resets.requestReset(email.toUpperCase(), "198.51.100.40");
        sender.sendDue();

        String body = GreenMailUtil.getBody(receivedBy(email));
        assertThat(body).contains("valid for one hour");
        String token = tokenIn(body);
        assertThatThrownBy(() -> resets.reset(token, "password1234")).isInstanceOf(RejectedInputException.class);
        resets.reset(token, "lighthouse-orbit-kettle");
        assertThat(passwordEncoder.matches("lighthouse-orbit-kettle", users.loadUserByUsername(email).getPassword()))
                .isTrue();
        assertThatThrownBy(() -> resets.reset(token, "another-fine-passphrase"))
                .isInstanceOfSatisfying(InvalidLinkException.class, e -> assertThat(e.problem()).isEqualTo(LinkProblem.USED));
    }

    @Test
    void forgot_password_for_an_unknown_address_sends_nothing_and_says_nothing() {
        int before = SMTP.getReceivedMessages().length;

        resets.requestReset("nobody-" + UUID.randomUUID() + "@example.test", "198.51.100.41");
        sender.sendDue();

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).skip(before))
                .noneMatch(m -> recipients(m).contains("nobody-"));
    }

    @Test
    void a_forced_reset_voids_the_old_password_and_mails_a_link() throws Exception {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SignedIn.run(users, "admin@ponte.test", () -> resets.forceReset(fixtures.accountId(email)));
        sender.sendDue();

        assertThat(passwordEncoder.matches(DemoFixtures.PASSWORD, users.loadUserByUsername(email).getPassword()))
                .isFalse();
        assertThat(receivedBy(email).getSubject()).isEqualTo("Your Ponte password must be renewed");
    }

    private void organisationsDeactivate(long id) {
        organisations.setActive(id, false, organisations.details(id).version());
    }

    private static MimeMessage receivedBy(String email) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipients(m).contains(email.toLowerCase()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No e-mail received by " + email));
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tokenIn(String body) {
        Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a link in: %s", body).isTrue();
        return matcher.group(2);
    }
}
