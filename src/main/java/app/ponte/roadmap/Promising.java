package app.ponte.roadmap;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.Reason;
import app.ponte.notification.NotificationEvent;
import app.ponte.request.RequestFollowers;
import app.ponte.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The promises a milestone's date makes: a committed date is a promise to every organisation whose request
 * the milestone delivers; each change is kept with its reason, and the followers of the organisation's
 * requests are told in their language. The moment of a change is given by the caller (now, or a moment of
 * the history recorded before Ponte); its author is the signed-in team member.
 */
@Component
class Promising {

    private final PromiseRepository promises;
    private final PromiseChangeRepository changes;
    private final RequestFollowers followers;
    private final CurrentUser currentUser;

    Promising(PromiseRepository promises, PromiseChangeRepository changes, RequestFollowers followers,
            CurrentUser currentUser) {
        this.promises = promises;
        this.changes = changes;
        this.followers = followers;
        this.currentUser = currentUser;
    }

    /** The milestone's committed date told to each of its organisations: a new promise, or a change of it. */
    void promise(Milestone milestone, LocalDate date, Reason reason, Instant at) {
        for (long organisationId : milestone.organisationIds()) {
            var existing = promises.findByMilestoneIdAndOrganisationId(milestone.getId(), organisationId);
            if (existing.isEmpty()) {
                promiseTo(milestone, organisationId, date, at);
            } else {
                Promise promise = existing.get();
                changes.save(new PromiseChange(promise, promise.getPromisedOn(), date, reason.text(), me(), at, true));
                tell(milestone, organisationId, NotificationEvent.PROMISE_CHANGED, List.of(
                        Argument.date(promise.getPromisedOn()), Argument.date(date), Argument.text(reason.text())));
                promise.moveTo(date);
            }
        }
        promises.flush();
    }

    /**
     * The milestone's date, now told to an organisation whose request joined it: a new promise, or the one
     * withdrawn when its requests left, standing again (moved, with the date's own reason, if the date changed).
     */
    void promiseAgain(Milestone milestone, long organisationId, LocalDate date, Instant at) {
        var existing = promises.findByMilestoneIdAndOrganisationId(milestone.getId(), organisationId);
        if (existing.isEmpty()) {
            promiseTo(milestone, organisationId, date, at);
        } else if (existing.get().isWithdrawn()) {
            Promise promise = existing.get();
            promise.reinstate();
            if (!promise.getPromisedOn().equals(date)) {
                String why = milestone.getCommitReason() == null ? "" : milestone.getCommitReason();
                changes.save(new PromiseChange(promise, promise.getPromisedOn(), date, why, me(), at, true));
                promise.moveTo(date);
            }
            tell(milestone, organisationId, NotificationEvent.PROMISE_MADE,
                    List.of(Argument.date(date), Argument.text(milestone.getTitle())));
        }
        promises.flush();
    }

    /** The organisation's last request left the milestone: the date told to it will not be kept. */
    void withdraw(Milestone milestone, long organisationId, LocalDate on, Reason why) {
        promises.findByMilestoneIdAndOrganisationId(milestone.getId(), organisationId)
                .ifPresent(promise -> promise.withdraw(on, why.text()));
    }

    /** The milestone was cancelled: every organisation it was promised to is told why. */
    void cancelled(Milestone milestone, Reason why) {
        promises.findByMilestoneId(milestone.getId()).forEach(promise -> tell(milestone, promise.getOrganisationId(),
                NotificationEvent.PROMISE_CANCELLED,
                List.of(Argument.text(milestone.getTitle()), Argument.text(why.text()))));
    }

    /** The milestone was delivered: its promises still standing are kept, on time or late. */
    void kept(Milestone milestone, LocalDate deliveredOn) {
        promises.findByMilestoneId(milestone.getId()).stream().filter(p -> !p.isWithdrawn())
                .forEach(p -> p.kept(deliveredOn));
    }

    private void promiseTo(Milestone milestone, long organisationId, LocalDate date, Instant at) {
        promises.save(new Promise(milestone, organisationId, date, me(), at));
        tell(milestone, organisationId, NotificationEvent.PROMISE_MADE,
                List.of(Argument.date(date), Argument.text(milestone.getTitle())));
    }

    /** The signed-in team member, as the author of a promise or a change of its date. */
    private long me() {
        return currentUser.require().accountId();
    }

    /** Each request of the organisation the milestone delivers: its followers read the date in their language. */
    private void tell(Milestone milestone, long organisationId, NotificationEvent event, List<Argument> details) {
        milestone.getRequests().stream().filter(r -> r.organisationId() == organisationId)
                .forEach(r -> followers.tell(r.requestId(), event, details));
    }
}
