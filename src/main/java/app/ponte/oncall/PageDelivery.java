package app.ponte.oncall;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.PublicLinks;
import app.ponte.notification.MailOutbox;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.TeamContact;
import app.ponte.security.SecureTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pages once the transaction that wrote them has committed, one transaction per page: the bell (whatever
 * the person chose) and an e-mail in their language with a single-use acknowledge link (only its SHA-256 is kept).
 * A page is marked delivered in the same transaction as its notice and e-mail, under its version: two deliverers of
 * one page (the listener and the job) cannot both succeed. Whatever fails stays undelivered for the job to retry.
 */
@Component
class PageDelivery {

    private static final Logger log = LoggerFactory.getLogger(PageDelivery.class);
    private static final int BATCH = 100;

    private final PageRepository pages;
    private final PagingRepository pagings;
    private final CoverReader cover;
    private final NotificationCenter notifications;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    PageDelivery(PageRepository pages, PagingRepository pagings, CoverReader cover, NotificationCenter notifications,
            MailOutbox mail, PublicLinks links, PlatformTransactionManager transactionManager, Clock clock) {
        this.pages = pages;
        this.pagings = pagings;
        this.cover = cover;
        this.notifications = notifications;
        this.mail = mail;
        this.links = links;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener
    void afterCommit(Pager.PagesWritten written) {
        written.pageIds().forEach(this::deliverQuietly);
    }

    /** Delivers what a crash or a failure left undelivered, written before {@code before}; returns how many. */
    int deliverLeftOver(Instant before) {
        List<Long> left = ownTransaction.execute(tx -> pages.findUndeliveredIds(before, PageRequest.of(0, BATCH)));
        return (int) (left == null ? 0 : left.stream().filter(this::deliverQuietly).count());
    }

    private boolean deliverQuietly(long pageId) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(tx -> deliver(pageId)));
        } catch (RuntimeException e) {
            log.warn("Page {} not delivered yet; the re-page job tries again: {}", pageId, e.toString());
            return false;
        }
    }

    private boolean deliver(long pageId) {
        Page page = pages.findById(pageId).orElseThrow();
        if (page.getDeliveredAt() != null) {
            return false;
        }
        Instant now = clock.instant();
        Paging paging = pagings.findById(page.getPagingId()).orElseThrow();
        TeamContact contact = cover.contacts(List.of(page.getAccountId())).get(page.getAccountId());
        if (contact == null) {
            log.warn("Page {} not delivered: account {} is no longer on the team", pageId, page.getAccountId());
            page.undeliverable(now);
            pages.saveAndFlush(page);
            return false;
        }
        String token = SecureTokens.newToken();
        page.delivered(SecureTokens.hash(token), now);
        // Flushed first: a second deliverer of this page fails here, before anything is told.
        pages.saveAndFlush(page);
        String request = String.valueOf(paging.getRequestId());
        notifications.sendInAppRegardless(contact.accountId(), NotificationEvent.PAGED,
                List.of(Argument.text(request), Argument.text(paging.getTitle())), paging.requestPath());
        mail.enqueue(contact.email(), contact.languageTag(), "oncall.mail.page", request, paging.getTitle(),
                links.to("on-call/ack/" + token), links.to("requests/" + request),
                String.valueOf(Page.LINK_LIFETIME.toHours()));
        return true;
    }
}
