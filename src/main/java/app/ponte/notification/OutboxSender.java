package app.ponte.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages over SMTP, one transaction per message, retrying failures with
 * {@link RetryPolicy}. A message with an HTML alternative or files goes as MIME parts (the text and HTML as
 * alternatives, the files attached), any other as plain text. Runs on one node at a time (ShedLock). Without an SMTP host configured
 * ({@code spring.mail.host}) messages stay in the outbox, readable by admins in demo mode.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final boolean enabled;
    private final boolean smtpConfigured;

    OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transactions,
            Clock clock, @Value("${ponte.mail.from:ponte@localhost}") String from,
            @Value("${ponte.mail.sender.enabled:true}") boolean enabled,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
        this.enabled = enabled;
        this.smtpConfigured = !smtpHost.isBlank();
    }

    @Scheduled(fixedDelayString = "${ponte.mail.send-interval:PT15S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
    public void scheduledRun() {
        if (enabled) {
            sendDue();
        }
    }

    /** Sends every message that is due now; returns how many were delivered. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !smtpConfigured) {
            return 0;
        }
        List<Long> due = outbox.findDueIds(clock.instant(), PageRequest.of(0, BATCH));
        int delivered = 0;
        for (Long id : due) {
            Boolean ok = transactions.execute(tx -> deliver(sender, id));
            if (Boolean.TRUE.equals(ok)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(JavaMailSender sender, long id) {
        OutboxMessage message = outbox.findById(id).orElseThrow();
        try {
            if (message.isRich()) {
                sender.send(mime(sender, message));
            } else {
                sender.send(plain(message));
            }
            message.sent(clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("E-mail {} to {} not delivered: {}", id, message.getRecipient(), e.getMessage());
            message.failed(String.valueOf(e.getMessage()), clock.instant(), RetryPolicy.DEFAULT);
            return false;
        }
    }

    private SimpleMailMessage plain(OutboxMessage message) {
        var mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.getRecipient());
        mail.setSubject(message.getSubject());
        mail.setText(message.getBody());
        return mail;
    }

    private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        // MIXED: the body (text, or text and HTML as alternatives) first, then each file as an attachment.
        var helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        String html = message.getHtml();
        if (html == null) {
            helper.setText(message.getBody(), false);
        } else {
            helper.setText(message.getBody(), html);
        }
        for (OutboxAttachment file : message.getAttachments()) {
            byte[] content = file.getContent();
            if (content == null) {
                throw new MessagingException("Attachment " + file.getFileName() + " has no content any more");
            }
            helper.addAttachment(file.getFileName(), new ByteArrayResource(content), file.getMediaType());
        }
        return mime;
    }
}
