package app.ponte.notification;

import app.ponte.base.TranslationProvider;
import app.ponte.security.AdminOnly;
import app.ponte.security.InternalToServices;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
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

    /** How much of a failure's error the dashboard shows; the outbox view has the whole of it. */
    static final int ERROR_SHOWN = 160;

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

    /**
     * What the administrators' dashboard shows of the outbox: counts by status from one GROUP BY, and where the
     * outbox may be read, its latest failures with links hidden and the error trimmed to {@value #ERROR_SHOWN}
     * characters. The recipients and subjects stay as closed as the outbox view where it may not be read.
     */
    @AdminOnly
    @Transactional(readOnly = true)
    public OutboxWatch watch(int latest) {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (Object[] row : outbox.countWatched(clock.instant().minus(Duration.ofDays(1)))) {
            counts.put((OutboxStatus) row[0], (Long) row[1]);
        }
        List<OutboxFailure> failures = readable ? outbox.findLatestFailures(PageRequest.of(0, latest)).stream()
                .map(f -> new OutboxFailure(f.id(), f.recipient(), f.subject(), f.status(), f.attempts(),
                        trimmed(MailLinks.hideNullable(f.error())), f.nextAttemptAt()))
                .toList() : List.of();
        return new OutboxWatch(counts.getOrDefault(OutboxStatus.PENDING, 0L),
                counts.getOrDefault(OutboxStatus.FAILED, 0L), counts.getOrDefault(OutboxStatus.SENT, 0L), readable,
                failures);
    }

    private static @Nullable String trimmed(@Nullable String error) {
        return error == null || error.length() <= ERROR_SHOWN ? error : error.substring(0, ERROR_SHOWN - 1) + "…";
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
