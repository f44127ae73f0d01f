package app.ponte.request;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationEvent;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.TeamOnly;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows a request (its requester, those who commented or supported it, anybody who chose to watch) and
 * telling them its news. Other features tell a request's followers through {@link #tell}, never directly.
 */
@Service
@Transactional
public class RequestFollowers {

    private final RequestAccess access;
    private final RequestNotifier notifier;
    private final WatcherRepository watchers;

    RequestFollowers(RequestAccess access, RequestNotifier notifier, WatcherRepository watchers) {
        this.access = access;
        this.notifier = notifier;
        this.watchers = watchers;
    }

    /**
     * Tells everyone following a request about a planning decision (a re-ranking, a date being decided).
     * The notice's arguments are the request's number and title, then {@code details} (what people wrote
     * among them passed as {@link Argument#text}).
     */
    @TeamOnly
    public void tell(long requestId, NotificationEvent event, List<Argument> details) {
        notifier.planningDecision(access.open("request.tell", requestId), event, details, access.callerAccountId());
    }

    /** Starts or stops telling the caller about this request's news. */
    @AnyoneSignedIn
    public void watch(long requestId, boolean watching) {
        Request request = access.open("request.watch", requestId);
        if (watching) {
            notifier.watch(request, access.callerAccountId());
        } else {
            watchers.unwatch(requestId, access.callerAccountId());
        }
    }
}
