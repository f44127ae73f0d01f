package app.ponte.feedback;

import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.RequesterOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback forms waiting for the caller's answer in the organisation they work in now: the forms are sent to a
 * person (the requester of a delivery, an organisation's spokespeople for the survey), so the one who answers is
 * the recipient, and a form of another of their organisations waits for them there, not here.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackOutlook {

    /** How many waiting forms the dashboard lists. */
    public static final int SHOWN = 5;

    private final FeedbackOutlookRepository forms;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final Clock clock;

    FeedbackOutlook(FeedbackOutlookRepository forms, CurrentUser currentUser, OrganisationScope scope, Clock clock) {
        this.forms = forms;
        this.currentUser = currentUser;
        this.scope = scope;
        this.clock = clock;
    }

    @RequesterOnly
    public WaitingForms waitingForMe() {
        long me = currentUser.require().accountId();
        long organisation = scope.activeOrganisation();
        Instant now = clock.instant();
        long count = forms.countWaiting(me, organisation, now);
        List<WaitingForm> first = count == 0 ? List.of() : forms.findWaiting(me, organisation, now, Limit.of(SHOWN));
        return new WaitingForms(count, first);
    }
}
