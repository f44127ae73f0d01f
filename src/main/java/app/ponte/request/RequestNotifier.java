package app.ponte.request;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.notification.Recipient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides who hears about what happens to a request, and keeps the watcher lists. Only people who may
 * see the request are told; internal notes reach the team only, never the requester's organisation.
 * A person mentioned as {@code @their.email@example.com} is told once, as a mention, not twice.
 */
@Component
class RequestNotifier {

    private final WatcherRepository watchers;
    private final NotificationCenter center;
    private final Parties parties;
    private final Clock clock;

    RequestNotifier(WatcherRepository watchers, NotificationCenter center, Parties parties, Clock clock) {
        this.watchers = watchers;
        this.center = center;
        this.parties = parties;
        this.clock = clock;
    }

    void watch(Request request, long accountId) {
        if (!watchers.existsByRequestIdAndAccountId(request.getId(), accountId)) {
            watchers.save(new Watcher(request, parties.account(accountId), clock.instant()));
        }
    }

    /**
     * Everyone following the request hears its new status, each in their side's word: the requester's organisation
     * reads "Waiting for you" where the team and supporting organisations read "Waiting for requester".
     */
    void statusChanged(Request request, long actorId) {
        RequestStatus status = request.getStatus();
        List<Argument> everyone = List.of(Argument.key(status.labelKey()));
        if (status.requesterLabelKey().equals(status.labelKey())) {
            tellFollowers(request, NotificationEvent.STATUS_CHANGED, everyone, actorId);
            return;
        }
        Set<Long> team = new HashSet<>();
        audience(request, actorId, true, false).forEach(recipient -> team.add(recipient.accountId()));
        Set<Long> requesterSide = new HashSet<>();
        audience(request, actorId, false, false).stream().map(Recipient::accountId).filter(id -> !team.contains(id))
                .forEach(requesterSide::add);
        List<Argument> theirs = List.of(Argument.key(status.requesterLabelKey()));
        for (Recipient recipient : audience(request, actorId, false, true)) {
            List<Argument> arguments = new ArrayList<>(List.of(number(request), Argument.text(request.getTitle())));
            arguments.addAll(requesterSide.contains(recipient.accountId()) ? theirs : everyone);
            center.send(recipient, NotificationEvent.STATUS_CHANGED, arguments, link(request));
        }
    }

    /** Everyone following the request, supporters included, hears of a planning decision about it. */
    void planningDecision(Request request, NotificationEvent event, List<Argument> details, long actorId) {
        tellFollowers(request, event, details, actorId);
    }

    /** Everyone who watched the duplicate learns where the request continues. */
    void merged(Request duplicate, Request original, long actorId) {
        List<Argument> arguments = List.of(number(duplicate), Argument.text(duplicate.getTitle()), number(original),
                Argument.text(original.getTitle()));
        for (Recipient recipient : audience(duplicate, actorId, false, true)) {
            center.send(recipient, NotificationEvent.MERGED, arguments, link(original));
        }
    }

    void commented(Request request, String authorName, String body, boolean internal, long actorId) {
        List<Argument> arguments = List.of(number(request), Argument.text(request.getTitle()),
                Argument.text(authorName));
        Set<Long> told = new HashSet<>();
        Set<String> mentioned = mentionedEmails(body);
        if (!mentioned.isEmpty()) {
            for (Recipient recipient : watchers.findMentionable(mentioned, request.getOrganisation().getId(), actorId,
                    internal)) {
                center.send(recipient, NotificationEvent.MENTION, arguments, link(request));
                told.add(recipient.accountId());
            }
        }
        // Comments belong to the requester's organisation and the team: supporters never read them.
        for (Recipient recipient : audience(request, actorId, internal, false)) {
            if (told.add(recipient.accountId())) {
                center.send(recipient, NotificationEvent.COMMENT, arguments, link(request));
            }
        }
    }

    /** The request's number and title, then {@code details}, to everyone following it, supporters included. */
    private void tellFollowers(Request request, NotificationEvent event, List<Argument> details, long actorId) {
        List<Argument> arguments = new ArrayList<>(List.of(number(request), Argument.text(request.getTitle())));
        arguments.addAll(details);
        for (Recipient recipient : audience(request, actorId, false, true)) {
            center.send(recipient, event, arguments, link(request));
        }
    }

    /** Who follows the request and may read this news, without the person who caused it. */
    private List<Recipient> audience(Request request, long actorId, boolean teamOnly, boolean withSupporters) {
        return watchers.findAudience(request.getId(), request.getOrganisation().getId(), actorId, teamOnly,
                withSupporters);
    }

    static Set<String> mentionedEmails(String body) {
        return Mentions.emails(body);
    }

    private static Argument number(Request request) {
        return Argument.text(String.valueOf(request.getId()));
    }

    private static String link(Request request) {
        return "requests/" + request.getId();
    }
}
