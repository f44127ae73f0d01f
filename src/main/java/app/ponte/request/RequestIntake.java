package app.ponte.request;

import app.ponte.base.RejectedInputException;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.security.AnyMember;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.PonteUser;
import app.ponte.security.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door for new requests: departments and clients file for their organisation, the team on behalf of
 * one. While a title is typed, similar requests the caller may see are offered first.
 */
@Service
@Transactional(readOnly = true)
public class RequestIntake {

    static final int SIMILAR_SHOWN = 5;

    private final RequestRepository requests;
    private final StatusChangeRepository history;
    private final RequestAccess access;
    private final Parties parties;
    private final CurrentUser currentUser;
    private final Attachments attachments;
    private final RequestNotifier notifier;
    private final TitleWordRepository titleWords;
    private final SystemCatalogue catalogue;
    private final PlanningFactsPublisher planning;
    private final MomentPublisher moments;
    private final Clock clock;

    RequestIntake(RequestRepository requests, StatusChangeRepository history, RequestAccess access, Parties parties,
            CurrentUser currentUser, Attachments attachments, RequestNotifier notifier,
            TitleWordRepository titleWords, SystemCatalogue catalogue, PlanningFactsPublisher planning, MomentPublisher moments,
            Clock clock) {
        this.requests = requests;
        this.history = history;
        this.access = access;
        this.parties = parties;
        this.currentUser = currentUser;
        this.attachments = attachments;
        this.notifier = notifier;
        this.titleWords = titleWords;
        this.catalogue = catalogue;
        this.planning = planning;
        this.moments = moments;
        this.clock = clock;
    }

    /** Files a request for the caller's organisation, or, for the team, for the organisation named. */
    @AnyMember
    @Transactional
    public long file(RequestDraft draft) {
        return file(draft, List.of());
    }

    /** Files a request with attachments; a refused file refuses the whole request and says which and why. */
    @AnyMember
    @Transactional
    public long file(RequestDraft draft, List<NewFile> files) {
        PonteUser user = currentUser.require();
        draft.check(LocalDate.now(clock.withZone(ZoneId.of(user.timeZone()))));
        TenantScope scope = access.forChange();
        long organisationId = scope.seesEveryOrganisation() ? teamTarget(draft) : scope.organisationId();
        Instant now = clock.instant();
        var me = parties.account(user.accountId());
        var filed = new Request(parties.organisation(organisationId), me, me, draft, now);
        if (draft.kind().asksSystems() && !draft.systemIds().isEmpty()) {
            filed.touch(catalogue.dependedOnBy(organisationId, draft.systemIds()));
        }
        var request = requests.saveAndFlush(filed);
        history.save(new StatusChange(request, me, null, RequestStatus.NEW, null, now));
        attachments.attach(request, null, false, files);
        notifier.watch(request, user.accountId());
        TitleWords.of(request.getTitle()).forEach(word -> titleWords.save(new TitleWord(request, word)));
        planning.changed(request);
        moments.filed(request, user.accountId(), now);
        return request.getId();
    }

    /**
     * Open requests the caller may see whose titles share words with the one being typed, most in
     * common first: the caller's organisation's own and the shared ones (the team: all).
     */
    @AnyoneSignedIn
    public List<SimilarRequest> similar(String title) {
        var words = TitleWords.of(title);
        if (words.isEmpty()) {
            return List.of();
        }
        Long organisationId = access.callerIsTeam() ? null : access.callerOrganisationId();
        return titleWords.findSimilar(words, organisationId, PageRequest.of(0, SIMILAR_SHOWN));
    }

    private long teamTarget(RequestDraft draft) {
        if (draft.organisationId() == null) {
            throw new RejectedInputException("organisation", "request.error.organisation-required");
        }
        if (!parties.isRequestingOrganisation(draft.organisationId())) {
            throw new RejectedInputException("organisation", "request.error.organisation-invalid");
        }
        return draft.organisationId();
    }
}
