package app.ponte.roadmap.ui;

import app.ponte.base.Reason;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.Toasts;
import app.ponte.planning.Confidence;
import app.ponte.roadmap.InitiativeDraft;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.Initiatives;
import app.ponte.roadmap.RoadmapMentions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creating or editing an initiative: title, summary, public or not, confidence and target end; an open
 * initiative can also be cancelled with a reason the organisations concerned read. What was typed stays
 * in the fields when the input is refused or someone else changed the initiative meanwhile. Text naming
 * organisations another organisation would read is confirmed first.
 */
class InitiativeDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Checkbox publicItem = new Checkbox();
    final Select<Confidence> confidence = new Select<>();
    final DatePicker endsOn = LocalisedDatePicker.localise(new DatePicker());
    final TextArea cancelReason = new TextArea();
    final Button save = new Button();
    final Button cancelInitiative = new Button();
    final Span message = new Span();

    private final Initiatives initiatives;
    private final RoadmapMentions mentions;
    private final Runnable changed;
    private @Nullable InitiativeOverview editing;

    InitiativeDialog(Initiatives initiatives, RoadmapMentions mentions, Runnable changed) {
        this.initiatives = initiatives;
        this.mentions = mentions;
        this.changed = changed;
        title.setLabel(getTranslation("roadmap.field.title"));
        title.setId("initiative-title");
        title.setMaxLength(200);
        title.setWidthFull();
        summary.setLabel(getTranslation("roadmap.field.summary"));
        summary.setMaxLength(2000);
        summary.setWidthFull();
        publicItem.setLabel(getTranslation("roadmap.field.public"));
        publicItem.setId("initiative-public");
        confidence.setLabel(getTranslation("roadmap.field.confidence"));
        confidence.setId("initiative-confidence");
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        endsOn.setLabel(getTranslation("roadmap.field.ends-on"));
        endsOn.setId("initiative-ends-on");
        cancelReason.setLabel(getTranslation("roadmap.field.cancel-reason"));
        cancelReason.setId("initiative-cancel-reason");
        cancelReason.setMaxLength(Reason.MAX);
        cancelReason.setWidthFull();
        save.setText(getTranslation("roadmap.save"));
        save.setId("initiative-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancelInitiative.setText(getTranslation("roadmap.cancel-initiative"));
        cancelInitiative.setId("initiative-cancel");
        cancelInitiative.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelInitiative.addClickListener(e -> cancelInitiative());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        add(title, summary, publicItem, confidence, endsOn, message, cancelReason, cancelInitiative);
        setWidth("38rem");
    }

    void open(@Nullable InitiativeOverview initiative) {
        this.editing = initiative;
        setHeaderTitle(getTranslation(initiative == null ? "roadmap.new-initiative" : "roadmap.edit-initiative"));
        if (initiative != null) {
            title.setValue(initiative.title());
            summary.setValue(initiative.summary() == null ? "" : initiative.summary());
            publicItem.setValue(initiative.publicItem());
            confidence.setValue(initiative.confidence());
            endsOn.setValue(initiative.endsOn());
        }
        boolean cancellable = initiative != null && switch (initiative.status()) {
            case PLANNED, IN_PROGRESS -> true;
            case DELIVERED, CANCELLED -> false;
        };
        cancelReason.setVisible(cancellable);
        cancelInitiative.setVisible(cancellable);
        open();
    }

    private void save() {
        var draft = new InitiativeDraft(title.getValue(), summary.getValue(), publicItem.getValue(),
                confidence.getValue(), endsOn.getValue());
        InitiativeOverview initiative = editing;
        MentionCheck.thenSave(this, () -> mentions.inInitiative(initiative == null ? null : initiative.id(),
                draft.publicItem(), draft.title(), draft.summary()), () -> act(() -> {
                    if (initiative == null) {
                        initiatives.createInitiative(draft);
                    } else {
                        initiatives.editInitiative(initiative.id(), draft, initiative.version());
                    }
                }, initiative == null ? "roadmap.done.initiative-created" : "roadmap.done.initiative-saved"));
    }

    /** Cancels with a reason the organisations whose promises break read (not every organisation). */
    private void cancelInitiative() {
        if (editing != null) {
            InitiativeOverview initiative = editing;
            String why = cancelReason.getValue();
            MentionCheck.thenSave(this, () -> mentions.inInitiative(initiative.id(), false, why),
                    () -> act(() -> initiatives.cancelInitiative(initiative.id(), why, initiative.version()),
                            "roadmap.done.initiative-cancelled"));
        }
    }

    /** Runs a change; once done the dialog closes, the page refreshes and a toast says what happened. */
    private void act(Runnable action, String said) {
        var refusals = new FieldRefusals(Map.of("title", title, "summary", summary, "confidence", confidence,
                "endsOn", endsOn, "reason", cancelReason), title)
                .whenChangedMeanwhile(() -> message.setText(getTranslation("roadmap.changed-meanwhile")));
        message.setText("");
        if (refusals.attempt(action)) {
            close();
            changed.run();
            Toasts.done(getTranslation(said));
        }
    }
}
