package app.ponte.notification;

import app.ponte.base.TranslationProvider;
import app.ponte.security.AdminOnly;
import app.ponte.security.InternalToServices;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mail in the recipient's language. The message is stored in the caller's transaction, so it
 * exists exactly when the change it reports was committed; {@link OutboxSender} delivers it.
 *
 * <p>{@link #enqueue} is for other services only (ArchitectureTest keeps views away from it); it is
 * reached, for example, by the anonymous "forgot password" flow and so carries no role check.
 *
 * <p>Admins read the outbox only where {@code ponte.mail.outbox-view} allows it (the demo installation),
 * and then with every link hidden: links open accounts, and are removed from a message once it is sent.
 */
@Service
public class MailOutbox {

    private final OutboxRepository outbox;
    private final I18NProvider translations;
    private final Clock clock;
    private final boolean readable;

    MailOutbox(OutboxRepository outbox, I18NProvider translations, Clock clock,
            @Value("${ponte.mail.outbox-view:false}") boolean readable) {
        this.outbox = outbox;
        this.translations = translations;
        this.clock = clock;
        this.readable = readable;
    }

    /**
     * @param languageTag the recipient's language ("en", "pt-BR")
     * @param template translation keys {@code template + ".subject"} and {@code template + ".body"}
     */
    @InternalToServices
    @Transactional
    public void enqueue(String recipient, String languageTag, String template, Object... arguments) {
        Locale locale = TranslationProvider.fromTag(languageTag);
        String subject = translations.getTranslation(template + ".subject", locale, arguments);
        String body = translations.getTranslation(template + ".body", locale, arguments);
        outbox.save(new OutboxMessage(recipient, locale.toLanguageTag(), subject, body, clock.instant()));
    }

    /**
     * A message already written in the recipient's language: plain text, an HTML alternative (or null) and
     * attachments (at most {@value OutboxMessage#ATTACHMENTS_MAX}, each up to 8 MiB). The HTML is the caller's
     * own template with every piece of people's text escaped; like the text, it keeps its links only until sent.
     */
    @InternalToServices
    @Transactional
    public void enqueue(String recipient, String languageTag, String subject, String text,
            @Nullable String html, List<MailAttachment> attachments) {
        Locale locale = TranslationProvider.fromTag(languageTag);
        outbox.save(new OutboxMessage(recipient, locale.toLanguageTag(), subject, text, html, attachments,
                clock.instant()));
    }

    /** Whether this installation lets admins read the outbox at all. */
    @AdminOnly
    public boolean isReadable() {
        return readable;
    }

    /** The messages, newest first, links hidden; refused where the outbox may not be read. */
    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<OutboxEntry> list(Pageable pageable) {
        if (!readable) {
            throw new AccessDeniedException("The outbox cannot be read in this installation (ponte.mail.outbox-view)");
        }
        return outbox.findNewestFirst(pageable).map(OutboxMessage::toEntry);
    }
}
