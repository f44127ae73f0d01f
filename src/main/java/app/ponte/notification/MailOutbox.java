package app.ponte.notification;

import app.ponte.base.TranslationProvider;
import app.ponte.security.AdminOnly;
import app.ponte.security.InternalToServices;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mail in the recipient's language. The message is stored in the caller's transaction, so it
 * exists exactly when the change it reports was committed; {@link OutboxSender} delivers it.
 *
 * <p>{@link #enqueue} is for other services only (ArchitectureTest keeps views away from it); it is
 * reached, for example, by the anonymous "forgot password" flow and so carries no role check.
 */
@Service
public class MailOutbox {

    private final OutboxRepository outbox;
    private final I18NProvider translations;
    private final Clock clock;

    MailOutbox(OutboxRepository outbox, I18NProvider translations, Clock clock) {
        this.outbox = outbox;
        this.translations = translations;
        this.clock = clock;
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

    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<OutboxEntry> list(Pageable pageable) {
        return outbox.findNewestFirst(pageable).map(OutboxMessage::toEntry);
    }
}
