package app.ponte.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.feedback.FeedbackFixtures.Client;
import app.ponte.notification.OutboxSender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The feedback e-mail through a real SMTP server in the JVM: the link read from the message opens the form. */
@H2Test
class FeedbackMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/feedback/([A-Za-z0-9_-]+)");

    @Autowired
    OutboxSender sender;
    @Autowired
    FeedbackFixtures fixtures;
    @Autowired
    FeedbackForms forms;

    @BeforeEach
    void sendWhatOtherTestsLeftInTheOutbox() {
        while (sender.sendDue() > 0) {
            // one batch per run
        }
    }

    @Test
    void the_requester_receives_the_form_in_portuguese_and_its_link_answers_once() throws Exception {
        Client client = fixtures.newClient();
        fixtures.deliveredRequest(client, "Boletos duplicados");
        while (sender.sendDue() > 0) {
            // until the feedback e-mail is out
        }

        MimeMessage received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> sentTo(message, client.email()))
                .filter(message -> subject(message).startsWith("Ponte: como foi?"))
                .reduce((first, second) -> second).orElseThrow();
        String body = received.getContent().toString();
        Matcher link = LINK.matcher(body);

        assertThat(subject(received)).isEqualTo("Ponte: como foi? “Boletos duplicados”");
        assertThat(body).contains("Olá Beatriz Cliente", "14 dias");
        assertThat(link.find()).as("a link in: %s", body).isTrue();
        assertThat(forms.open(link.group(1), "192.0.2.90").title()).isEqualTo("Boletos duplicados");
        forms.answer(link.group(1), new FeedbackAnswer(5, null, true), "192.0.2.90");
        assertThat(catchThrowableOfType(FeedbackLinkException.class, () -> forms.open(link.group(1), "192.0.2.90"))
                .problem()).isEqualTo(FeedbackProblem.ANSWERED);
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(address -> ((InternetAddress) address).getAddress().equalsIgnoreCase(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
