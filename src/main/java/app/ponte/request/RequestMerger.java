package app.ponte.request;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Moves what followed a duplicate over to its original (see {@link RequestWorkflow#markDuplicate}). A duplicate
 * from another organisation makes that organisation a supporter of the original, which lets it (and only it)
 * follow the original ({@link RequestAccess}); sharing with every organisation stays the team's own decision.
 */
@Component
class RequestMerger {

    private final RequestRepository requests;
    private final SupportRepository supports;
    private final WatcherRepository watchers;

    RequestMerger(RequestRepository requests, SupportRepository supports, WatcherRepository watchers) {
        this.requests = requests;
        this.supports = supports;
        this.watchers = watchers;
    }

    void merge(Request duplicate, Request original, Instant now) {
        long originalOrganisation = original.getOrganisation().getId();
        if (duplicate.getOrganisation().getId() != originalOrganisation) {
            supportOnce(original, new Support(original, duplicate.getOrganisation(), duplicate.getRequester(),
                    duplicate.getProblem().length() > RequestDraft.ANSWER_MAX
                            ? duplicate.getProblem().substring(0, RequestDraft.ANSWER_MAX)
                            : duplicate.getProblem(), now));
        }
        for (Support support : supports.findByRequestId(duplicate.getId())) {
            boolean alreadyThere = support.getOrganisation().getId() == originalOrganisation
                    || supports.findByRequestIdAndOrganisationId(original.getId(), support.getOrganisation().getId())
                            .isPresent();
            if (alreadyThere) {
                supports.deleteSupport(support.getId());
            } else {
                support.moveTo(original);
            }
        }
        watchers.moveWatchers(duplicate.getId(), original.getId());
        requests.repointDuplicates(duplicate.getId(), original);
    }

    private void supportOnce(Request original, Support support) {
        if (supports.findByRequestIdAndOrganisationId(original.getId(), support.getOrganisation().getId()).isEmpty()) {
            supports.save(support);
        }
    }
}
