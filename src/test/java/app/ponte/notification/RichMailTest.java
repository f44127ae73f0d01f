package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A message with an HTML alternative and files reaches its recipient as MIME parts; the kept copy forgets them. */
@H2Test
class RichMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xFF, 1, 2};

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void text_html_and_two_files_arrive_as_alternatives_and_attachments_read_back_byte_for_byte() throws Exception {
        String to = unique();
        outbox.enqueue(to, "pt-BR", "Relatório de novembro", "Olá Ana,\nVeja https://ponte.example/reports/7",
                "<p>Olá <b>Ana</b>, <a href=\"https://ponte.example/reports/7\">veja</a></p>",
                List.of(new MailAttachment("invite.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                        ICS.getBytes(StandardCharsets.UTF_8)), new MailAttachment("report.pdf", "application/pdf", PDF)));

        sendAll();

        MimeMessage mail = received(to);
        assertThat(mail.getSubject()).isEqualTo("Relatório de novembro");
        List<Part> leaves = new ArrayList<>();
        leaves(mail, leaves);
        Part text = leaves.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
        Part html = leaves.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
        assertThat((String) text.getContent()).contains("Olá Ana,", "https://ponte.example/reports/7");
        assertThat((String) html.getContent()).contains("<b>Ana</b>", "href=\"https://ponte.example/reports/7\"");
        Part ics = leaves.stream().filter(p -> "invite.ics".equals(fileName(p))).findFirst().orElseThrow();
        assertThat(ics.getContentType()).startsWith("text/calendar").containsIgnoringCase("method=REQUEST");
        assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(ics.getDisposition());
        assertThat(new String(bytes(ics), StandardCharsets.UTF_8)).isEqualTo(ICS);
        Part pdf = leaves.stream().filter(p -> "report.pdf".equals(fileName(p))).findFirst().orElseThrow();
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(bytes(pdf)).isEqualTo(PDF);
        // The text and the HTML are alternatives of one body, not two bodies.
        assertThat(((Multipart) mail.getContent()).getContentType()).startsWith("multipart/mixed");
        assertThat(hasAlternative((Multipart) mail.getContent())).isTrue();
    }

    @Test
    void once_sent_the_kept_copy_has_no_link_in_its_html_and_no_file_content_but_still_names_its_files()
            throws Exception {
        String to = unique();
        outbox.enqueue(to, "en", "Your invitation", "Open https://ponte.example/invitation/SECRET1",
                "<a href='https://ponte.example/invitation/SECRET1'>Open</a> or https://ponte.example/x?a=1&amp;b=2<br>",
                List.of(new MailAttachment("invite.ics", "text/calendar", ICS.getBytes(StandardCharsets.UTF_8))));

        sendAll();

        String html = jdbc.queryForObject("select html from mail_outbox where recipient = ? and status = 'SENT'",
                String.class, to);
        assertThat(html).doesNotContain("SECRET1").doesNotContainPattern("https?://")
                .isEqualTo("<a href='[***]'>Open</a> or [***]<br>");
        Long kept = jdbc.queryForObject("""
                select count(*) from mail_outbox_attachments a join mail_outbox m on m.id = a.message_id
                where m.recipient = ? and a.content is not null""", Long.class, to);
        assertThat(kept).isZero();
        String name = jdbc.queryForObject("""
                select a.file_name from mail_outbox_attachments a join mail_outbox m on m.id = a.message_id
                where m.recipient = ?""", String.class, to);
        assertThat(name).isEqualTo("invite.ics");
    }

    @Test
    void a_message_without_html_or_files_still_goes_as_plain_text() throws Exception {
        String to = unique();
        outbox.enqueue(to, "en", "Plain", "Just text", null, List.of());

        sendAll();

        MimeMessage mail = received(to);
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(((String) mail.getContent()).trim()).isEqualTo("Just text");
    }

    @Test
    void a_file_beyond_the_limit_is_refused_and_nothing_is_queued() {
        String to = unique();
        byte[] huge = new byte[OutboxAttachment.CONTENT_MAX + 1];

        assertThatThrownBy(() -> outbox.enqueue(to, "en", "Too big", "text", null,
                List.of(new MailAttachment("big.bin", "application/octet-stream", huge))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, to))
                .isZero();
    }

    private void sendAll() {
        // Other tests' messages may be older and go first; the job takes a batch per run.
        while (sender.sendDue() > 0) {
            // until everything due went out
        }
    }

    private static String unique() {
        return "rich-" + UUID.randomUUID() + "@example.test";
    }

    private static MimeMessage received(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }

    private static void leaves(Part part, List<Part> into) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves(multipart.getBodyPart(i), into);
            }
        } else {
            into.add(part);
        }
    }

    private static boolean hasAlternative(Multipart multipart) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner
                    && (inner.getContentType().startsWith("multipart/alternative") || hasAlternative(inner))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type) && part.getFileName() == null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
