package app.ponte.notification;

import app.ponte.base.NotificationLine;
import app.ponte.base.PublicLinks;
import app.ponte.base.TranslationProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a notification's e-mail in the recipient's language and queues it, once the change it reports has
 * committed, in a transaction of its own. Whatever goes wrong here is logged and stops here: the change
 * stands. (Should the application stop between the commit and this step, the e-mail is not sent; the
 * notification in the app is kept.)
 */
@Component
class NoticeMailer {

    /** A notification to be mailed once the transaction that caused it has committed. */
    record NoticeMail(Recipient recipient, NotificationLine line) {
    }

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final MailOutbox mail;
    private final I18NProvider translations;
    private final PublicLinks links;
    private final TransactionTemplate ownTransaction;

    NoticeMailer(MailOutbox mail, I18NProvider translations, PublicLinks links,
            PlatformTransactionManager transactionManager) {
        this.mail = mail;
        this.translations = translations;
        this.links = links;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void mail(NoticeMail notice) {
        Recipient recipient = notice.recipient();
        try {
            Locale locale = TranslationProvider.fromTag(recipient.languageTag());
            String text = notice.line().text((key, args) -> translations.getTranslation(key, locale, args));
            ownTransaction.executeWithoutResult(tx -> mail.enqueue(recipient.email(), recipient.languageTag(),
                    "mail.notice", text, links.to(notice.line().link())));
        } catch (RuntimeException e) {
            log.error("Notification e-mail for account {} not queued; the change it reports stands",
                    recipient.accountId(), e);
        }
    }
}
