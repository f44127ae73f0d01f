package app.ponte.request;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.PersonOption;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's conversation. Writing on it: public comments by anybody who can see it, internal notes by the team only.
 * A comment does not change the request (nor its version), so it never conflicts with somebody's
 * status change; it is simply added to the conversation. The one exception: a public answer from the requester's
 * organisation while the team waits for it moves the request back to where it was (its SLA clock resumes).
 */
@Service
@Transactional
public class Conversation {

    static final int BODY_MAX = 8000;

    private final CommentRepository comments;
    private final RequestRepository requests;
    private final RequestAccess access;
    private final Parties parties;
    private final Attachments attachments;
    private final WatcherRepository watchers;
    private final RequestNotifier notifier;
    private final CurrentUser currentUser;
    private final MomentPublisher moments;
    private final RequestWorkflow workflow;
    private final Clock clock;

    Conversation(CommentRepository comments, RequestRepository requests, RequestAccess access, Parties parties,
            Attachments attachments, RequestNotifier notifier, CurrentUser currentUser, Clock clock,
            WatcherRepository watchers, MomentPublisher moments, RequestWorkflow workflow) {
        this.moments = moments;
        this.workflow = workflow;
        this.watchers = watchers;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.attachments = attachments;
        this.comments = comments;
        this.requests = requests;
        this.access = access;
        this.parties = parties;
        this.clock = clock;
    }

    /** The conversation; internal notes only when the caller is on the team. */
    @AnyoneSignedIn
    @Transactional(readOnly = true)
    public List<CommentEntry> read(long requestId) {
        access.open("request.read", requestId);
        return requests.findConversation(requestId, access.callerIsTeam());
    }

    /**
     * Who the caller may mention in a message on the request: the people who will read it. An internal note is
     * read by the team only; a reply also by the requester's organisation. Only the team writes internal notes.
     */
    @AnyoneSignedIn
    @Transactional(readOnly = true)
    public List<PersonOption> mentionable(long requestId, boolean internal) {
        Request request = access.open("request.read", requestId);
        return watchers.findReaders(request.getOrganisation().getId(), access.callerAccountId(),
                internal && access.callerIsTeam());
    }

    @AnyoneSignedIn
    public void comment(long requestId, String body, boolean internal) {
        comment(requestId, body, internal, List.of());
    }

    /** Posts a comment with files; files on an internal note are internal too. */
    @AnyoneSignedIn
    public void comment(long requestId, String body, boolean internal, List<NewFile> files) {
        Request request = access.open("request.comment", requestId);
        if (internal && !access.callerIsTeam()) {
            throw new RejectedInputException("internal", "request.error.internal-team-only");
        }
        TextRules.required("comment", body, BODY_MAX);
        Instant now = clock.instant();
        Comment comment = comments.save(new Comment(request, parties.account(access.callerAccountId()), body.strip(),
                internal, now));
        attachments.attach(request, comment, internal, files);
        notifier.watch(request, access.callerAccountId());
        notifier.commented(request, currentUser.require().displayName(), body, internal, access.callerAccountId());
        if (!internal) {
            moments.answered(request, access.callerIsTeam(), access.callerAccountId(), now);
            // Only the requester's organisation opens its own request here (the team sees all, others none).
            if (!access.callerIsTeam() && request.getStatus() == RequestStatus.WAITING_FOR_REQUESTER) {
                workflow.requesterAnswered(request, now);
            }
        }
    }
}
