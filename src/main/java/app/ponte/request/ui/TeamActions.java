package app.ponte.request.ui;

import app.ponte.base.ui.SavedNote;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.organisation.PersonOption;
import app.ponte.request.Priority;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestWorkflow;
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
    final Button move = new Button();
    final IntegerField original = new IntegerField();
    final Button markDuplicate = new Button();
    final ComboBox<PersonOption> assignee = new ComboBox<>();
    final Select<Priority> priority = new Select<>();
    final Button saveTriage = new Button();
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
        move.setId("request-move");
        move.setText(getTranslation("request.move.save"));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> move());
        original.setLabel(getTranslation("request.duplicate.original"));
        original.setHelperText(getTranslation("request.duplicate.original-help"));
        original.addValueChangeListener(e -> sayWhoReads());
        markDuplicate.setText(getTranslation("request.duplicate.save"));
        markDuplicate.addClickListener(e -> markDuplicate());
        assignee.setLabel(getTranslation("request.triage.assignee"));
        assignee.setItemLabelGenerator(PersonOption::displayName);
        assignee.setClearButtonVisible(true);
        priority.setLabel(getTranslation("request.triage.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.labelKey()));
        priority.setEmptySelectionAllowed(true);
        saveTriage.setText(getTranslation("request.triage.save"));
        saveTriage.addClickListener(e -> triage());
        shareWithAll.setLabel(getTranslation("request.share"));
        shareWithAll.setHelperText(getTranslation("request.share-help"));
        shareWithAll.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != shown.triage().shared()) {
                share(e.getValue());
            }
        });
        supporters.setPadding(false);
        supporters.setSpacing(false);
        var moveRow = row(moveTo, move, original, markDuplicate);
        var triageRow = row(assignee, priority, saveTriage);
        add(new H3(getTranslation("request.action.team")), moveRow, moveNote, requesterReads, triageRow, shareWithAll,
                saved, new H3(getTranslation("request.section.supporters")), supporters);
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
        move.setEnabled(!moves.isEmpty());
        boolean duplicateAllowed = moves.contains(RequestStatus.DUPLICATE);
        original.setEnabled(duplicateAllowed);
        markDuplicate.setEnabled(duplicateAllowed);
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

    private void move() {
        RequestStatus to = moveTo.getValue();
        if (refusals(moveNote).attempt(() -> workflow.move(shown.id(), to, moveNote.getValue(), shown.version()))) {
            saved(getTranslation("request.move.done", to == null ? "" : getTranslation(to.labelKey())));
        }
    }

    private void markDuplicate() {
        long originalId = original.getValue() == null ? 0 : original.getValue();
        if (refusals(original).attempt(() -> {
            try {
                workflow.markDuplicate(shown.id(), originalId, moveNote.getValue(), shown.version());
            } catch (NotFoundInScopeException e) {
                throw new RejectedInputException("original", "request.error.original-invalid");
            }
        })) {
            saved(getTranslation("request.move.done", getTranslation(RequestStatus.DUPLICATE.labelKey())));
        }
    }

    private void triage() {
        Long accountId = assignee.getValue() == null ? null : assignee.getValue().accountId();
        if (refusals(assignee).attempt(() -> workflow.triage(shown.id(), accountId, priority.getValue(),
                shown.version()))) {
            saved(getTranslation("request.triage.done"));
        }
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
