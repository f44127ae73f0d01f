package app.ponte.request.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.PersonOption;
import app.ponte.request.Assessments;
import app.ponte.request.Attachments;
import app.ponte.request.CommentEntry;
import app.ponte.request.Conversation;
import app.ponte.request.HistoryEntry;
import app.ponte.request.Priority;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestFollowers;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestVisibility;
import app.ponte.request.RequestWorkflow;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request: what was asked, where it stands, its history and its conversation. The team moves it,
 * assigns it and writes internal notes; the requester can withdraw or re-open it. The service decides
 * who may see it (another organisation's id is "not found") and checks every action again.
 */
@Route("requests/:id([0-9]{1,18})")
@PermitAll
class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph meta = new Paragraph();
    final Span status = new Span();
    final Paragraph outcome = new Paragraph();
    final Div details = new Div();
    final VerticalLayout history = new VerticalLayout();
    final VerticalLayout conversation = new VerticalLayout();
    final Paragraph conflict = new Paragraph();
    final Button watch = new Button();

    final AttachmentList files;
    final AttachmentPicker commentFiles;
    final TextArea comment = new TextArea();
    final Checkbox internal = new Checkbox();
    final Button post = new Button();

    final VerticalLayout teamActions = new VerticalLayout();
    final Select<RequestStatus> moveTo = new Select<>();
    final TextArea moveNote = new TextArea();
    final Button move = new Button();
    final IntegerField original = new IntegerField();
    final Button markDuplicate = new Button();
    final ComboBox<PersonOption> assignee = new ComboBox<>();
    final Select<Priority> priority = new Select<>();
    final Button saveTriage = new Button();

    final Checkbox shareWithAll = new Checkbox();
    final VerticalLayout supporters = new VerticalLayout();
    final SharedRequestPanel sharedPanel;
    final AssessmentPanel assessment;
    final VerticalLayout full = new VerticalLayout();

    final VerticalLayout requesterActions = new VerticalLayout();
    final Button withdraw = new Button();
    final TextArea reopenReason = new TextArea();
    final Button reopen = new Button();

    private final RequestReading reading;
    private final RequestFollowers followers;
    private final RequestSupport support;
    private final RequestWorkflow workflow;
    private final Conversation conversations;
    private final Attachments attachments;
    private final ViewerTime viewerTime;
    private RequestDetails shown;
    private String sharedTitle = "";
    private final List<RequestPageSection> sections;
    private final Div contributed = new Div();

    RequestView(RequestReading reading, RequestFollowers followers, RequestSupport support, RequestWorkflow workflow,
            Assessments assessments, Conversation conversations, Attachments attachments, ViewerTime viewerTime, List<RequestPageSection> sections) {
        this.reading = reading;
        this.followers = followers;
        this.support = support;
        this.sections = sections;
        this.attachments = attachments;
        this.files = new AttachmentList(attachments, viewerTime);
        this.commentFiles = new AttachmentPicker(attachments);
        this.sharedPanel = new SharedRequestPanel(support);
        this.assessment = new AssessmentPanel(assessments);
        this.workflow = workflow;
        this.conversations = conversations;
        this.viewerTime = viewerTime;
        setMaxWidth("64rem");
        conflict.setId("request-conflict");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)");
        conflict.setVisible(false);
        status.getElement().getThemeList().add("badge");
        status.setId("request-status");
        comment.setId("request-comment");
        post.setId("request-post");
        moveTo.setId("request-move-to");
        move.setId("request-move");
        comment.setLabel(getTranslation("request.comment.label"));
        comment.setHelperText(getTranslation("request.comment.help"));
        comment.setWidthFull();
        comment.setMaxLength(8000);
        internal.setLabel(getTranslation("request.comment.internal"));
        post.setText(getTranslation("request.comment.post"));
        post.addClickListener(e -> post());
        watch.addClickListener(e -> {
            followers.watch(shown.id(), !shown.watching());
            show(reading.details(shown.id()));
        });
        buildTeamActions();
        buildRequesterActions();
        history.setPadding(false);
        history.setSpacing(false);
        conversation.setPadding(false);
        var statusLine = new HorizontalLayout(status, watch);
        statusLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        full.setPadding(false);
        full.add(heading, meta, statusLine, outcome, conflict, details, assessment, contributed, requesterActions, teamActions,
                new H3(getTranslation("request.section.attachments")), files,
                new H3(getTranslation("request.section.conversation")), conversation,
                comment, commentFiles, new HorizontalLayout(internal, post),
                new H3(getTranslation("request.section.history")), history);
        add(full, sharedPanel);
    }

    private void buildTeamActions() {
        moveTo.setLabel(getTranslation("request.move.to"));
        moveTo.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        moveNote.setLabel(getTranslation("request.move.note"));
        moveNote.setWidthFull();
        move.setText(getTranslation("request.move.save"));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> act(() -> workflow.move(shown.id(), moveTo.getValue(), moveNote.getValue(),
                shown.version()), getTranslation("request.move.done",
                moveTo.getValue() == null ? "" : getTranslation(moveTo.getValue().labelKey())), moveNote));
        original.setLabel(getTranslation("request.duplicate.original"));
        markDuplicate.setText(getTranslation("request.duplicate.save"));
        markDuplicate.addClickListener(e -> act(() -> workflow.markDuplicate(shown.id(),
                original.getValue() == null ? 0 : original.getValue(), moveNote.getValue(), shown.version()),
                getTranslation("request.move.done", getTranslation(RequestStatus.DUPLICATE.labelKey())), original));
        assignee.setLabel(getTranslation("request.triage.assignee"));
        assignee.setItemLabelGenerator(PersonOption::displayName);
        assignee.setClearButtonVisible(true);
        priority.setLabel(getTranslation("request.triage.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.labelKey()));
        priority.setEmptySelectionAllowed(true);
        saveTriage.setText(getTranslation("request.triage.save"));
        saveTriage.addClickListener(e -> act(() -> workflow.triage(shown.id(),
                assignee.getValue() == null ? null : assignee.getValue().accountId(), priority.getValue(),
                shown.version()), getTranslation("request.triage.done"), assignee));
        var moveRow = new HorizontalLayout(moveTo, move, original, markDuplicate);
        moveRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var triageRow = new HorizontalLayout(assignee, priority, saveTriage);
        triageRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        teamActions.setPadding(false);
        shareWithAll.setLabel(getTranslation("request.share"));
        shareWithAll.setHelperText(getTranslation("request.share-help"));
        shareWithAll.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != shown.shared()) {
                act(() -> workflow.share(shown.id(), e.getValue(), shown.version()),
                        getTranslation(e.getValue() ? "request.shared.done" : "request.unshared.done"), moveNote);
            }
        });
        supporters.setPadding(false);
        supporters.setSpacing(false);
        teamActions.add(new H3(getTranslation("request.action.team")), moveRow, moveNote, triageRow, shareWithAll,
                new H3(getTranslation("request.section.supporters")), supporters);
    }

    private void buildRequesterActions() {
        withdraw.setText(getTranslation("request.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> act(() -> workflow.withdraw(shown.id(), null, shown.version()),
                getTranslation("request.withdraw.done"), comment));
        reopenReason.setLabel(getTranslation("request.reopen.reason"));
        reopenReason.setWidthFull();
        reopen.setText(getTranslation("request.reopen"));
        reopen.addClickListener(e -> act(() -> workflow.reopen(shown.id(), reopenReason.getValue(), shown.version()),
                getTranslation("request.reopen.done"), reopenReason));
        requesterActions.setPadding(false);
        requesterActions.add(withdraw, reopenReason, reopen);
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

    private void show(RequestDetails request) {
        this.shown = request;
        heading.setText(request.title());
        meta.setText(getTranslation("request.meta", request.id(), getTranslation(request.kind().labelKey()),
                request.organisationName(), request.requesterName(), viewerTime.format(request.createdAt(),
                        getLocale())));
        status.setText(getTranslation(request.status().labelKey()));
        watch.setText(getTranslation(request.watching() ? "request.unwatch" : "request.watch"));
        showOutcome(request);
        details.removeAll();
        new RequestAnswers(details, request);
        files.show(attachments.list(request.id()));
        assessment.show(request);
        contributed.removeAll();
        sections.forEach(section -> section.sectionFor(request).ifPresent(contributed::add));
        history.removeAll();
        reading.history(request.id()).forEach(entry -> history.add(historyLine(entry)));
        conversation.removeAll();
        var messages = conversations.read(request.id());
        if (messages.isEmpty()) {
            conversation.add(new Paragraph(getTranslation("request.no-comments")));
        }
        messages.forEach(message -> conversation.add(messageBlock(message)));

        boolean team = request.viewerIsTeam();
        teamActions.setVisible(team);
        internal.setVisible(team);
        if (team) {
            moveTo.setItems(request.teamMoves());
            moveTo.setEnabled(!request.teamMoves().isEmpty());
            move.setEnabled(!request.teamMoves().isEmpty());
            boolean duplicateAllowed = request.teamMoves().contains(RequestStatus.DUPLICATE);
            original.setEnabled(duplicateAllowed);
            markDuplicate.setEnabled(duplicateAllowed);
            var people = reading.assignableTeamMembers();
            assignee.setItems(people);
            assignee.setValue(people.stream().filter(p -> Objects.equals(p.accountId(), request.assigneeId()))
                    .findFirst().orElse(null));
            priority.setValue(request.priority());
            shareWithAll.setValue(request.shared());
            supporters.removeAll();
            var entries = support.supporters(request.id());
            if (entries.isEmpty()) {
                supporters.add(new Paragraph(getTranslation("request.no-supporters")));
            }
            entries.forEach(entry -> supporters.add(new Paragraph(getTranslation("request.supporter-line",
                    entry.organisationName(), entry.personName(), entry.impact()))));
        }
        withdraw.setVisible(request.withdrawable());
        reopenReason.setVisible(request.reopenable());
        reopen.setVisible(request.reopenable());
        requesterActions.setVisible(request.withdrawable() || request.reopenable());
    }

    private void showOutcome(RequestDetails request) {
        outcome.removeAll();
        outcome.setVisible(false);
        if (request.declineReason() != null && request.status() == RequestStatus.DECLINED) {
            outcome.setText(getTranslation("request.declined-because", request.declineReason()));
            outcome.setVisible(true);
        }
        if (request.duplicateOfId() != null) {
            outcome.add(new Span(getTranslation("request.duplicate-of", request.duplicateOfId()) + " "),
                    new Anchor("requests/" + request.duplicateOfId(),
                            getTranslation("request.link.original", request.duplicateOfId())));
            outcome.setVisible(true);
        }
    }

    private Paragraph historyLine(HistoryEntry entry) {
        String when = viewerTime.format(entry.changedAt(), getLocale());
        String line = entry.fromStatus() == null
                ? getTranslation("request.history.filed", when)
                : getTranslation("request.history.line", when, getTranslation(entry.fromStatus().labelKey()),
                        getTranslation(entry.toStatus().labelKey()));
        String by = line + " · " + entry.actorName() + (entry.note() == null ? "" : " — " + entry.note());
        var paragraph = new Paragraph(by);
        paragraph.addClassName("request-history-line");
        return paragraph;
    }

    private Div messageBlock(CommentEntry message) {
        var header = new Span(message.authorName() + " · " + viewerTime.format(message.createdAt(), getLocale()));
        header.getStyle().set("font-weight", "600");
        var block = new Div(header);
        if (message.internal()) {
            var badge = new Span(getTranslation("request.comment.internal-badge"));
            badge.getElement().getThemeList().add("badge contrast");
            badge.getStyle().set("margin-left", "var(--lumo-space-s)");
            block.add(badge);
            block.addClassName("internal-note");
        }
        var body = new Paragraph(message.body());
        body.getStyle().set("white-space", "pre-wrap");
        block.add(body);
        block.addClassName("request-message");
        return block;
    }

    private void post() {
        comment.setInvalid(false);
        try {
            conversations.comment(shown.id(), comment.getValue(), internal.getValue(), commentFiles.files());
            commentFiles.clear();
            comment.clear();
            internal.clear();
            notify(getTranslation("request.comment.posted"));
            show(reading.details(shown.id()));
        } catch (RejectedInputException e) {
            if ("attachments".equals(e.field())) {
                commentFiles.showRejection(e);
                return;
            }
            comment.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            comment.setInvalid(true);
        }
    }

    /**
     * Runs one action. A refusal goes next to the field concerned; a conflict reloads the request and
     * says so, keeping whatever the user typed in the comment and note fields.
     */
    private void act(Runnable action, String done, HasValidation fallbackField) {
        conflict.setVisible(false);
        Map<String, HasValidation> fields = Map.of("note", teamActions.isVisible() ? moveNote : reopenReason,
                "status", moveTo, "original", original, "assignee", assignee);
        try {
            action.run();
            moveNote.clear();
            reopenReason.clear();
            notify(done);
            show(reading.details(shown.id()));
        } catch (RejectedInputException e) {
            HasValidation field = fields.getOrDefault(e.field(), fallbackField);
            field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            show(reading.details(shown.id()));
            conflict.setText(getTranslation("request.conflict"));
            conflict.setVisible(true);
        } catch (NotFoundInScopeException e) {
            original.setErrorMessage(getTranslation("request.error.original-invalid"));
            original.setInvalid(true);
        }
    }

    private static void notify(@Nullable String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
