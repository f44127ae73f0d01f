package app.ponte.feedback;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.PublicLinks;
import app.ponte.notification.MailOutbox;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.Contact;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.SecureTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends one form: a new single-use token (only its hash stored), the e-mail with the link in the recipient's
 * language, and a notice in the app that leads where the form can be answered signed in. All in the caller's
 * transaction, so a form exists exactly when its e-mail is queued.
 */
@Component
class FormSender {

    static final Duration DELIVERY_VALIDITY = Duration.ofDays(14);
    static final Duration SURVEY_VALIDITY = Duration.ofDays(30);

    private final FeedbackFormRepository forms;
    private final MailOutbox mail;
    private final NotificationCenter notifications;
    private final PublicLinks links;

    FormSender(FeedbackFormRepository forms, MailOutbox mail, NotificationCenter notifications, PublicLinks links) {
        this.forms = forms;
        this.mail = mail;
        this.notifications = notifications;
        this.links = links;
    }

    /** The form after a delivery of request {@code requestId}, to its requester. */
    void delivery(Contact requester, long organisationId, long requestId, String title, @Nullable Long assigneeId,
            Instant now) {
        String token = SecureTokens.newToken();
        forms.save(FeedbackForm.delivery(SecureTokens.hash(token), organisationId, requester.accountId(), requestId,
                title, assigneeId, now, now.plus(DELIVERY_VALIDITY)));
        mail.enqueue(requester.email(), requester.languageTag(), "mail.feedback", requester.displayName(), title,
                links.to("feedback/" + token), DELIVERY_VALIDITY.toDays());
        notifications.sendInAppOnly(requester.recipient(), NotificationEvent.FEEDBACK_REQUESTED,
                List.of(Argument.text(String.valueOf(requestId)), Argument.text(title)), "requests/" + requestId);
    }

    /** One round's survey to one of the organisation's spokespeople; false when this round already reached them. */
    boolean survey(Contact person, ServedOrganisation organisation, LocalDate round, Instant now) {
        if (forms.existsByKindAndOrganisationIdAndRecipientIdAndRoundOn(FeedbackKind.SURVEY, organisation.id(),
                person.accountId(), round)) {
            return false;
        }
        String token = SecureTokens.newToken();
        forms.save(FeedbackForm.survey(SecureTokens.hash(token), organisation.id(), person.accountId(), round, now,
                now.plus(SURVEY_VALIDITY)));
        mail.enqueue(person.email(), person.languageTag(), "mail.survey", person.displayName(), organisation.name(),
                links.to("feedback/" + token), SURVEY_VALIDITY.toDays());
        notifications.sendInAppOnly(person.recipient(), NotificationEvent.SURVEY_REQUESTED,
                List.of(Argument.text(organisation.name())), "satisfaction");
        return true;
    }
}
