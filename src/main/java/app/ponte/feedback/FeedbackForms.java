package app.ponte.feedback;

import app.ponte.organisation.Contact;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.Anyone;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.SecureTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a feedback form: through the e-mailed link without signing in (the token is the proof, tries are
 * throttled per address), or in the app by the person it was sent to. Both reach the same row, and a form is
 * answered once: the second answer, either way, is refused with the day of the first.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackForms {

    private static final int PENDING_SHOWN = 5;

    private final FeedbackFormRepository forms;
    private final FollowUpOpener followUps;
    private final FeedbackThrottle throttle;
    private final Contacts contacts;
    private final OrganisationNames names;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final Clock clock;

    FeedbackForms(FeedbackFormRepository forms, FollowUpOpener followUps, FeedbackThrottle throttle,
            Contacts contacts, OrganisationNames names, CurrentUser currentUser, OrganisationScope scope,
            Clock clock) {
        this.forms = forms;
        this.followUps = followUps;
        this.throttle = throttle;
        this.contacts = contacts;
        this.names = names;
        this.currentUser = currentUser;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * What the link's page shows: the request's title (or, for a survey, the organisation's name) and nothing
     * else. {@link FeedbackLinkException} when the link is unknown, expired, replaced or already answered.
     */
    @Anyone
    public FeedbackPreview open(String token, String clientAddress) {
        throttle.take(clientAddress);
        FeedbackForm form = byToken(token);
        form.requireAnswerable(clock.instant());
        if (!contacts.isActiveMember(form.getRecipientId(), form.getOrganisationId())) {
            throw new FeedbackLinkException(FeedbackProblem.EXPIRED, null);
        }
        return preview(form);
    }

    /** Answers through the link. */
    @Anyone
    @Transactional
    public void answer(String token, FeedbackAnswer answer, String clientAddress) {
        throttle.take(clientAddress);
        record(byToken(token), answer);
    }

    /** The feedback part of a request's page for the caller (see {@link RequestFeedback}). */
    @AnyoneSignedIn
    public RequestFeedback forRequest(long requestId) {
        if (scope.seesEveryOrganisation()) {
            return new RequestFeedback(Optional.empty(), null,
                    rows(forms.findByRequestIdAndAnsweredAtIsNotNullOrderByAnsweredAtDesc(requestId)));
        }
        Optional<FeedbackForm> mine = forms.findFirstByRequestIdAndRecipientIdOrderByIdDesc(requestId, me());
        Instant now = clock.instant();
        return new RequestFeedback(mine.filter(form -> form.problemAt(now) == null).map(this::preview),
                mine.map(FeedbackForm::getAnsweredAt).orElse(null), List.of());
    }

    /** The caller's surveys that wait for an answer, newest first. */
    @AnyoneSignedIn
    public List<FeedbackPreview> myPendingSurveys() {
        return forms.findAnswerable(me(), FeedbackKind.SURVEY, clock.instant(), PageRequest.of(0, PENDING_SHOWN))
                .stream().map(this::preview).toList();
    }

    /** Every form of the caller's that waits for an answer (deliveries and surveys), newest first. */
    @AnyoneSignedIn
    public List<FeedbackPreview> myPending() {
        return forms.findAnswerable(me(), null, clock.instant(), PageRequest.of(0, PENDING_SHOWN)).stream()
                .map(this::preview).toList();
    }

    /** Answers one of the caller's own forms in the app; another person's form is "not found". */
    @AnyoneSignedIn
    @Transactional
    public void answerMine(long formId, FeedbackAnswer answer) {
        FeedbackForm form = forms.findById(formId).filter(f -> f.getRecipientId() == me())
                .orElseThrow(() -> scope.notFound("feedback.answer", "FeedbackForm", formId));
        record(form, answer);
    }

    private void record(FeedbackForm form, FeedbackAnswer answer) {
        Instant now = clock.instant();
        form.requireAnswerable(now);
        // A link outlives nothing: once its recipient has left the organisation it has expired.
        if (!contacts.isActiveMember(form.getRecipientId(), form.getOrganisationId())) {
            throw new FeedbackLinkException(FeedbackProblem.EXPIRED, null);
        }
        form.answer(answer.checkedFor(form.getKind()), now, zoneOf(form.getOrganisationId()));
        try {
            forms.saveAndFlush(form);
        } catch (ObjectOptimisticLockingFailureException raced) {
            // The link and the request page answered the same form at the same moment: the other answer stands.
            throw new FeedbackLinkException(FeedbackProblem.ANSWERED, now);
        }
        followUps.answered(form, now);
    }

    private FeedbackForm byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new FeedbackLinkException(FeedbackProblem.UNKNOWN, null);
        }
        return forms.findByTokenHash(SecureTokens.hash(token))
                .orElseThrow(() -> new FeedbackLinkException(FeedbackProblem.UNKNOWN, null));
    }

    private FeedbackPreview preview(FeedbackForm form) {
        String organisation = form.getKind() == FeedbackKind.SURVEY
                ? names.names(List.of(form.getOrganisationId())).get(form.getOrganisationId()) : null;
        String language = contacts.person(form.getRecipientId()).map(Contact::languageTag).orElse("en");
        return form.preview(organisation, language);
    }

    private List<AnswerRow> rows(List<FeedbackForm> answered) {
        var organisationNames = names.names(answered.stream().map(FeedbackForm::getOrganisationId).toList());
        return answered.stream().map(form -> row(form, organisationNames.getOrDefault(form.getOrganisationId(), "")))
                .toList();
    }

    static AnswerRow row(FeedbackForm form, String organisationName) {
        return new AnswerRow(form.getId(), form.getOrganisationId(), organisationName, form.getKind(),
                form.getRequestId(), form.getTitle(), form.getScore() == null ? 0 : form.getScore(),
                form.getResolved(), form.getComment(), form.getAnsweredAt());
    }

    private ZoneId zoneOf(long organisationId) {
        return contacts.organisation(organisationId).map(ServedOrganisation::timeZone).orElse(ZoneOffset.UTC);
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
