package app.ponte.request.ui;

import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.Assessments;
import app.ponte.request.Attachments;
import app.ponte.request.Conversation;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestFollowers;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestVisibility;
import app.ponte.request.RequestWorkflow;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One request: what was asked, where it stands, its history and its conversation. The page composes parts
 * with a job each ({@link RequestHeading}, {@link TeamActions}, {@link RequesterActions},
 * {@link RequestConversation}, {@link RequestHistory}, the assessment and what other features contribute);
 * when a part changes the request, the page reads it again for all of them. Another organisation's shared
 * request shows only its public part ({@link SharedRequestPanel}). The services decide who may see it
 * (another organisation's id is "not found") and check every action again.
 */
@Route("requests/:id([0-9]{1,18})")
@PermitAll
class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONFLICT_ID = "request-conflict";

    final VerticalLayout full = new VerticalLayout();
    final AssessmentPanel assessment;
    final SharedRequestPanel sharedPanel;
    final TeamActions teamActions;
    final RequesterActions requesterActions;
    final RequestConversation conversation;

    private final Paragraph conflict = new Paragraph();
    private final RequestHeading heading;
    private final RequestAnswers answers = new RequestAnswers();
    private final AttachmentList files;
    private final RequestHistory history;
    private final Div contributed = new Div();
    private final List<RequestPagePart> parts;

    private final RequestReading reading;
    private final RequestSupport support;
    private final Attachments attachments;
    private final List<RequestPageSection> sections;
    private RequestDetails shown;
    private String sharedTitle = "";

    RequestView(RequestReading reading, RequestFollowers followers, RequestSupport support, RequestWorkflow workflow,
            Assessments assessments, Conversation conversations, Attachments attachments, ViewerTime viewerTime,
            List<RequestPageSection> sections, List<RequestStatusDates> statusDates) {
        this.reading = reading;
        this.support = support;
        this.attachments = attachments;
        this.sections = sections;
        this.heading = new RequestHeading(followers, viewerTime, statusDates);
        this.assessment = new AssessmentPanel(assessments);
        this.requesterActions = new RequesterActions(workflow);
        this.teamActions = new TeamActions(workflow, reading, support);
        this.files = new AttachmentList(attachments, viewerTime);
        this.conversation = new RequestConversation(conversations, attachments, viewerTime);
        this.history = new RequestHistory(reading, viewerTime);
        this.sharedPanel = new SharedRequestPanel(support);
        this.parts = List.of(heading, requesterActions, teamActions, conversation, history);
        addClassName("request-page");
        conflict.setId(CONFLICT_ID);
        conflict.addClassName("conflict");
        conflict.setText(getTranslation("request.conflict"));
        conflict.setVisible(false);
        parts.forEach(part -> part.addChangedListener(this::changed));
        full.setPadding(false);
        full.add(heading, conflict, answers, assessment, contributed, requesterActions, teamActions,
                new H3(getTranslation("request.section.attachments")), files, conversation, history);
        add(full, sharedPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            boolean fully = reading.visibility(id) == RequestVisibility.FULL;
            full.setVisible(fully);
            sharedPanel.setVisible(!fully);
            if (fully) {
                show(reading.details(id));
            } else {
                sharedPanel.show(support.shared(id));
                sharedTitle = sharedPanel.heading.getText();
            }
        } catch (NotFoundInScopeException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null ? sharedTitle : getTranslation("request.title", shown.id());
    }

    /**
     * A part changed the request (said to the user), or found it changed by somebody else (said on the page,
     * with whatever the user typed kept in the parts): either way every part shows it as it is now.
     */
    private void changed(RequestChanged change) {
        conflict.setVisible(change.changedMeanwhile());
        change.done().ifPresent(Toasts::done);
        show(reading.details(shown.id()));
    }

    private void show(RequestDetails request) {
        this.shown = request;
        parts.forEach(part -> part.show(request));
        answers.show(request);
        files.show(attachments.list(request.id()));
        assessment.show(request);
        contributed.removeAll();
        sections.forEach(section -> section.sectionFor(request).ifPresent(contributed::add));
    }
}
