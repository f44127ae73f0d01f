package app.ponte.notification;

import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages over SMTP, one transaction per message, retrying failures with
 * {@link RetryPolicy}. Runs on one node at a time (ShedLock). Without an SMTP host configured
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
        var mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.getRecipient());
        mail.setSubject(message.getSubject());
        mail.setText(message.getBody());
        try {
            sender.send(mail);
            message.sent(clock.instant());
            return true;
        } catch (MailException e) {
            log.warn("E-mail {} to {} not delivered: {}", id, message.getRecipient(), e.getMessage());
            message.failed(String.valueOf(e.getMessage()), clock.instant(), RetryPolicy.DEFAULT);
            return false;
        }
    }
}
