package app.ponte.request.ui;

import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.SavedNote;
import app.ponte.organisation.PersonOption;
import app.ponte.request.Priority;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.TeamDecision;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Objects;

/**
 * What the team does with a request: move it (declining with a reason the requester reads), merge it into an
 * original, assign it and set its priority, share it with every organisation; and who supports it. A refusal
 * goes next to its field; the note typed stays until a change is saved.
 */
class TeamActions extends RequestPagePart {

    static final String ID = "request-team-actions";

    final Select<RequestStatus> moveTo = new Select<>();
    final TextArea moveNote = new TextArea();
    final IntegerField original = new IntegerField();
    final ComboBox<PersonOption> assignee = new ComboBox<>();
    final Select<Priority> priority = new Select<>();
    /** One save for the whole part: the triage, and a move or a merge, together. */
    final Button save = new Button();
    final Checkbox shareWithAll = new Checkbox();
    final VerticalLayout supporters = new VerticalLayout();
    final Paragraph requesterReads = new Paragraph();
    final SavedNote saved = new SavedNote("request-team-saved");

    private final RequestWorkflow workflow;
    private final RequestReading reading;
    private final RequestSupport support;
    private RequestDetails shown;

    TeamActions(RequestWorkflow workflow, RequestReading reading, RequestSupport support) {
        this.workflow = workflow;
        this.reading = reading;
        this.support = support;
        setId(ID);
        moveTo.setId("request-move-to");
        moveTo.setLabel(getTranslation("request.move.to"));
        moveTo.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        moveTo.addValueChangeListener(e -> sayWhoReads());
        requesterReads.setId("request-move-requester-reads");
        requesterReads.addClassName("requester-reads");
        requesterReads.setVisible(false);
        moveNote.setLabel(getTranslation("request.move.note"));
        moveNote.setWidthFull();
        save.setId("request-team-save");
        save.setText(getTranslation("request.team.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        original.setLabel(getTranslation("request.duplicate.original"));
        original.setHelperText(getTranslation("request.duplicate.original-help"));
        original.addValueChangeListener(e -> sayWhoReads());
        assignee.setLabel(getTranslation("request.triage.assignee"));
        assignee.setItemLabelGenerator(PersonOption::displayName);
        assignee.setClearButtonVisible(true);
        priority.setLabel(getTranslation("request.triage.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.labelKey()));
        priority.setEmptySelectionAllowed(true);
        shareWithAll.setLabel(getTranslation("request.share"));
        shareWithAll.setHelperText(getTranslation("request.share-help"));
        shareWithAll.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != shown.triage().shared()) {
                share(e.getValue());
            }
        });
        supporters.setPadding(false);
        supporters.setSpacing(false);
        add(new H3(getTranslation("request.action.team")), row(assignee, priority), row(moveTo, original), moveNote,
                requesterReads, row(save, saved), shareWithAll, new H3(getTranslation("request.section.supporters")),
                supporters);
    }

    /** A row of fields and buttons that wraps on a narrow screen instead of running off it. */
    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("team-actions-row");
        return row;
    }

    /**
     * Before a status change is saved: the requester's organisation will read the new status and the note (in
     * the history, and told of it).
     */
    private void sayWhoReads() {
        boolean moving = moveTo.getValue() != null || original.getValue() != null;
        requesterReads.setVisible(moving && shown != null);
        if (moving && shown != null) {
            requesterReads.setText(getTranslation("request.move.requester-reads", shown.organisationName()));
        }
    }

    @Override
    void show(RequestDetails request) {
        this.shown = request;
        setVisible(request.viewer().team());
        if (!request.viewer().team()) {
            return;
        }
        var moves = request.viewer().teamMoves();
        moveTo.setItems(moves);
        moveTo.setEnabled(!moves.isEmpty());
        original.setEnabled(moves.contains(RequestStatus.DUPLICATE));
        var people = reading.assignableTeamMembers();
        assignee.setItems(people);
        assignee.setValue(people.stream()
                .filter(p -> Objects.equals(p.accountId(), request.triage().assigneeId())).findFirst().orElse(null));
        priority.setValue(request.triage().priority());
        shareWithAll.setValue(request.triage().shared());
        showSupporters(request.id());
    }

    private void showSupporters(long requestId) {
        supporters.removeAll();
        var entries = support.supporters(requestId);
        if (entries.isEmpty()) {
            supporters.add(new Paragraph(getTranslation("request.no-supporters")));
        }
        entries.forEach(entry -> supporters.add(new Paragraph(getTranslation("request.supporter-line",
                entry.organisationName(), entry.personName(), entry.impact()))));
    }

    /**
     * Saves what changed: the triage, and the move or the merge (a given original means a merge). A refusal goes
     * to its field and nothing is saved; with nothing changed, it says so.
     */
    private void save() {
        RequestStatus to = moveTo.getValue();
        Long originalId = original.getValue() == null ? null : original.getValue().longValue();
        Long accountId = assignee.getValue() == null ? null : assignee.getValue().accountId();
        boolean triaged = !Objects.equals(accountId, shown.triage().assigneeId())
                || priority.getValue() != shown.triage().priority();
        if (to == null && originalId == null && !triaged) {
            saved.say(getTranslation("request.team.nothing-changed"));
            return;
        }
        var decision = new TeamDecision(accountId, priority.getValue(), to, originalId, moveNote.getValue());
        if (refusals(originalId != null ? original : moveNote).attempt(() -> {
            try {
                workflow.decide(shown.id(), decision, shown.version());
            } catch (NotFoundInScopeException e) {
                throw new RejectedInputException("original", "request.error.original-invalid");
            }
        })) {
            saved(done(to, originalId, triaged));
        }
    }

    private String done(RequestStatus to, Long originalId, boolean triaged) {
        if (originalId != null) {
            return getTranslation("request.move.done", getTranslation(RequestStatus.DUPLICATE.labelKey()));
        }
        if (to != null) {
            return getTranslation("request.move.done", getTranslation(to.labelKey()));
        }
        return getTranslation("request.triage.done");
    }

    private void share(boolean shared) {
        if (refusals(moveNote).attempt(() -> workflow.share(shown.id(), shared, shown.version()))) {
            saved(getTranslation(shared ? "request.shared.done" : "request.unshared.done"));
        }
    }

    private void saved(String done) {
        moveNote.clear();
        moveTo.clear();
        original.clear();
        saved.say(done);
        changed(done);
    }

    /** The team's fields by the service's names; a refusal of another field goes to {@code fallback}. */
    private FieldRefusals refusals(HasValidation fallback) {
        saved.clear();
        return new FieldRefusals(Map.of("note", moveNote, "status", moveTo, "original", original,
                "assignee", assignee), fallback).whenChangedMeanwhile(this::changedMeanwhile);
    }
}
