package app.ponte.notification;

import app.ponte.base.NotificationLine;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.UnreadNotifications;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.InternalToServices;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers notifications the way each person chose: in the app (the bell) and/or by e-mail through
 * the outbox, in the recipient's language, with a link to what it is about. Features decide who is
 * told about what (and who may see it); this service only delivers and lets people read and choose.
 */
@Service
@Transactional(readOnly = true)
public class NotificationCenter implements UnreadNotifications {

    private final UserNotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationCenter(UserNotificationRepository notifications, NotificationPreferenceRepository preferences,
            ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Tells one person about an event, as they chose. For other services, inside their transaction: the
     * notification in the app exists exactly when the change it reports was committed, and its e-mail is
     * written and queued only after that commit ({@link NoticeMailer}), so that it can never undo the change.
     *
     * @param arguments the message's arguments; whatever a person wrote goes in as {@link Argument#text}
     * @param path where the notification leads, relative to the app ("requests/42")
     */
    @AnyoneSignedIn
    @Transactional
    public void send(Recipient recipient, NotificationEvent event, List<Argument> arguments, String path) {
        deliver(recipient, event, arguments, path, true);
    }

    /**
     * {@link #send} for services that act with nobody signed in: a daily job, or an answer given through a
     * public link (the token is the proof, checked by the calling service).
     */
    @InternalToServices
    @Transactional
    public void sendFromService(Recipient recipient, NotificationEvent event, List<Argument> arguments, String path) {
        deliver(recipient, event, arguments, path, true);
    }

    /**
     * Only the notification in the app, if the person wants those: for a feature that e-mails its own message
     * with a link only the e-mail may carry (a feedback form's single-use link), so nobody gets two e-mails.
     */
    @InternalToServices
    @Transactional
    public void sendInAppOnly(Recipient recipient, NotificationEvent event, List<Argument> arguments, String path) {
        deliver(recipient, event, arguments, path, false);
    }

    private void deliver(Recipient recipient, NotificationEvent event, List<Argument> arguments, String path,
            boolean mailAllowed) {
        ChannelChoice choice = choiceOf(recipient.accountId(), event);
        var notification = new UserNotification(recipient.accountId(), event, arguments, path, clock.instant());
        if (choice.inApp()) {
            notifications.save(notification);
        }
        if (mailAllowed && choice.byEmail()) {
            events.publishEvent(new NoticeMailer.NoticeMail(recipient, notification.toLine()));
        }
    }

    /**
     * Puts a notification on a person's bell whatever they chose (a page for a critical incident must reach them);
     * the caller sends its own e-mail when one is needed. For other services, inside their transaction; also
     * called by scheduled jobs, signed in as nobody.
     */
    @InternalToServices
    @Transactional
    public void sendInAppRegardless(long accountId, NotificationEvent event, List<Argument> arguments, String path) {
        notifications.save(new UserNotification(accountId, event, arguments, path, clock.instant()));
    }

    /**
     * Marks read a person's unread notifications of one event that lead to one place: the pages of a request once
     * that person acknowledged it. For other services, inside their transaction (also through an e-mailed link).
     */
    @InternalToServices
    @Transactional
    public int markReadFor(long accountId, NotificationEvent event, String path) {
        return notifications.markReadByEventAndLink(accountId, event, path, clock.instant());
    }

    @Override
    @AnyoneSignedIn
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me());
    }

    @Override
    @AnyoneSignedIn
    public List<NotificationLine> latest(int limit) {
        return notifications.findNewest(me(), PageRequest.of(0, limit)).stream().map(UserNotification::toLine)
                .toList();
    }

    @Override
    @AnyoneSignedIn
    @Transactional
    public void markRead(long notificationId) {
        notifications.markRead(notificationId, me(), clock.instant());
    }

    @Override
    @AnyoneSignedIn
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(me(), clock.instant());
    }

    /** The caller's settings, one line per event, defaults filled in. */
    @AnyoneSignedIn
    public List<ChannelChoice> myChoices() {
        long me = me();
        return Arrays.stream(NotificationEvent.values()).filter(NotificationEvent::choosable).map(event -> choiceOf(me, event)).toList();
    }

    @AnyoneSignedIn
    @Transactional
    public void choose(NotificationEvent event, boolean inApp, boolean byEmail) {
        long me = me();
        NotificationPreference preference = preferences.findByAccountIdAndEvent(me, event)
                .orElseGet(() -> new NotificationPreference(me, event));
        preference.choose(inApp, byEmail);
        preferences.save(preference);
    }

    private ChannelChoice choiceOf(long accountId, NotificationEvent event) {
        return preferences.findByAccountIdAndEvent(accountId, event)
                .map(p -> new ChannelChoice(event, p.isInApp(), p.isByEmail()))
                .orElse(new ChannelChoice(event, true, true));
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
