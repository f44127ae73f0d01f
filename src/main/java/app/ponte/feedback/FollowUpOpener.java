package app.ponte.feedback;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.Contact;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationNames;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A low answer (see {@link FeedbackKind#isLow}) opens a follow-up for the organisation's account manager, who is
 * told in the app and by e-mail as they chose. Without an account manager the follow-up is the whole team's: it
 * waits on the satisfaction page, where every team member sees the open ones.
 */
@Component
class FollowUpOpener {

    private final FollowUpRepository followUps;
    private final Contacts contacts;
    private final OrganisationNames names;
    private final NotificationCenter notifications;

    FollowUpOpener(FollowUpRepository followUps, Contacts contacts, OrganisationNames names,
            NotificationCenter notifications) {
        this.followUps = followUps;
        this.contacts = contacts;
        this.names = names;
        this.notifications = notifications;
    }

    void answered(FeedbackForm form, Instant now) {
        Integer score = form.getScore();
        if (score == null || !form.getKind().isLow(score) || followUps.findByFormId(form.getId()).isPresent()) {
            return;
        }
        Optional<Contact> manager = contacts.accountManager(form.getOrganisationId());
        followUps.save(new FollowUp(form.getId(), form.getOrganisationId(),
                manager.map(Contact::accountId).orElse(null), now));
        String organisation = names.names(List.of(form.getOrganisationId())).getOrDefault(form.getOrganisationId(),
                "");
        manager.ifPresent(person -> notifications.sendFromService(person.recipient(),
                NotificationEvent.FOLLOW_UP_OPENED, List.of(Argument.text(organisation),
                        Argument.text(String.valueOf(score)), Argument.key("feedback.kind." + form.getKind().name())),
                "satisfaction"));
    }
}
