package app.ponte.oncall.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.oncall.IncidentPages;
import app.ponte.oncall.OnCall;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestKind;
import app.ponte.request.ui.RequestPageSection;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * On-call's part of the request page, for incidents: the paging history (the team reads who was paged,
 * re-paged and who acknowledged, and the paged person acknowledges here; the requester's organisation reads only
 * when the person on call was notified and acknowledged), and for a client with 24/7 cover whether somebody is on
 * call and how fast they answer.
 */
@org.springframework.stereotype.Component
class PagingSection implements RequestPageSection {

    private final IncidentPages pages;
    private final OnCall onCall;
    private final CurrentUser currentUser;
    private final ViewerTime viewerTime;

    PagingSection(IncidentPages pages, OnCall onCall, CurrentUser currentUser, ViewerTime viewerTime) {
        this.pages = pages;
        this.onCall = onCall;
        this.currentUser = currentUser;
        this.viewerTime = viewerTime;
    }

    @Override
    public Optional<Component> sectionFor(RequestDetails request) {
        if (request.kind() != RequestKind.INCIDENT) {
            return Optional.empty();
        }
        IncidentPages.PagingHistory history = pages.history(request.id());
        var scope = currentUser.scope();
        boolean team = scope.seesEveryOrganisation();
        // The cover is the reader's own organisation's: said on its own open incidents only.
        boolean own = !team && scope.organisationId() == request.organisationId();
        Optional<OnCall.ClientCover> cover = own && request.status().isOpen() ? onCall.clientCover()
                : Optional.empty();
        if (!history.paged() && cover.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PagingPanel(request.id(), history, cover, team, pages, viewerTime));
    }
}
