package app.ponte.feedback;

import app.ponte.organisation.Contacts;
import app.ponte.request.RequestMoment;
import app.ponte.request.RequestStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks the requester how it went each time a request is delivered (a support request resolved, or a milestone
 * delivering it), inside the delivery's transaction. One form per delivery: a request delivered again after it
 * was re-opened gets a new form, and the earlier one, if still unanswered, is replaced (its link says so), so the
 * answer is about the latest delivery; an answered form stays as it was. Requesters who are no longer active
 * members of the request's organisation (or team members who filed for it) are not asked.
 */
@Component
class DeliveryFeedback {

    private final FeedbackFormRepository forms;
    private final FormSender sender;
    private final Contacts contacts;

    DeliveryFeedback(FeedbackFormRepository forms, FormSender sender, Contacts contacts) {
        this.forms = forms;
        this.sender = sender;
        this.contacts = contacts;
    }

    @EventListener
    void delivered(RequestMoment moment) {
        if (moment.moment() != RequestMoment.Kind.STATUS_CHANGED || moment.status() != RequestStatus.DELIVERED) {
            return;
        }
        if (!contacts.isActiveMember(moment.requesterId(), moment.organisationId())) {
            return;
        }
        contacts.person(moment.requesterId()).ifPresent(requester -> {
            forms.findWaitingForRequest(moment.requestId()).forEach(earlier -> earlier.replace(moment.at()));
            sender.delivery(requester, moment.organisationId(), moment.requestId(), moment.title(),
                    moment.assigneeId(), moment.at());
        });
    }
}
