package app.ponte.planning.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.Days;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.planning.Backlog;
import app.ponte.planning.BacklogRow;
import app.ponte.planning.Slip;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * Moving a request on the board: to a position, or right above or below another request chosen by its title
 * (dropping a row on the board opens it so); the reason (required, read by the organisations concerned); and
 * before saving, the accepted requests that would finish later and by how much, with a warning for each date
 * promised to an organisation or deadline that the move would break.
 */
class MoveDialog extends Dialog {

    /** Where the request goes: to a position, or next to another request. */
    enum Placement {
        POSITION, ABOVE, BELOW;

        String labelKey() {
            return "planning.move.placement." + name();
        }
    }

    final RadioButtonGroup<Placement> placement = new RadioButtonGroup<>();
    final IntegerField position = new IntegerField();
    final ComboBox<BacklogRow> other = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button preview = new Button();
    final Button save = new Button();
    final UnorderedList slips = new UnorderedList();
    final Span message = new Span();

    private final Backlog backlog;
    private final Runnable moved;
    private final FieldRefusals atPosition;
    private final FieldRefusals nextTo;
    private BacklogRow row;

    MoveDialog(Backlog backlog, Runnable moved) {
        this.backlog = backlog;
        this.moved = moved;
        placement.setLabel(getTranslation("planning.move.placement"));
        placement.setId("move-placement");
        placement.setItems(Placement.values());
        placement.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        placement.addValueChangeListener(e -> showPlacement());
        position.setLabel(getTranslation("planning.move.position"));
        position.setId("move-position");
        position.setMin(1);
        other.setLabel(getTranslation("planning.move.other"));
        other.setId("move-other");
        other.setWidthFull();
        other.setItemLabelGenerator(r -> getTranslation("planning.move.other-item", r.position(), r.title()));
        reason.setLabel(getTranslation("planning.move.reason"));
        reason.setId("move-reason");
        reason.setMaxLength(Reason.MAX);
        reason.setWidthFull();
        preview.setText(getTranslation("planning.move.preview"));
        preview.setId("move-preview");
        preview.addClickListener(e -> showPreview());
        save.setText(getTranslation("planning.move.save"));
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        slips.addClassName("move-slips");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), preview, save);
        add(placement, position, other, reason, slips, message);
        setWidth("36rem");
        setMaxWidth("100%");
        Runnable changedMeanwhile = () -> {
            message.setText(getTranslation("planning.move.conflict"));
            moved.run();
        };
        atPosition = new FieldRefusals(Map.of("reason", reason, "other", other), position)
                .whenChangedMeanwhile(changedMeanwhile);
        nextTo = new FieldRefusals(Map.of("reason", reason, "other", other, "position", other), other)
                .whenChangedMeanwhile(changedMeanwhile);
    }

    void open(BacklogRow selected) {
        prepare(selected);
        placement.setValue(Placement.POSITION);
        open();
    }

    /** Opened by dropping a row of the board right above or below another one. */
    void openNextTo(BacklogRow selected, BacklogRow target, boolean above) {
        prepare(selected);
        placement.setValue(above ? Placement.ABOVE : Placement.BELOW);
        other.setValue(target);
        if (nextTo.attempt(() -> position.setValue(backlog.positionNextTo(selected.requestId(), target.requestId(),
                above)))) {
            showPreview();
        }
        open();
    }

    private void prepare(BacklogRow selected) {
        this.row = selected;
        setHeaderTitle(getTranslation("planning.move.title", selected.title(), selected.position()));
        position.clear();
        position.setInvalid(false);
        other.setItems(query -> backlog.others(selected.requestId(), query.getFilter().orElse(""),
                toSpringPageRequest(query)).stream());
        other.clear();
        other.setInvalid(false);
        reason.clear();
        reason.setInvalid(false);
        slips.removeAll();
        message.setText("");
    }

    private void showPlacement() {
        boolean relative = placement.getValue() != Placement.POSITION;
        position.setVisible(!relative);
        other.setVisible(relative);
    }

    private FieldRefusals refusals() {
        return placement.getValue() == Placement.POSITION ? atPosition : nextTo;
    }

    private void showPreview() {
        slips.removeAll();
        message.setText("");
        refusals().attempt(() -> {
            List<Slip> found = backlog.preview(row.requestId(), toPosition());
            if (found.isEmpty()) {
                slips.add(new ListItem(getTranslation("planning.move.nothing-slips")));
            }
            found.forEach(slip -> {
                var item = new ListItem(getTranslation("planning.move.slip", slip.title(),
                        slip.organisationName(), Days.format(slip.finishBefore(), getLocale()),
                        Days.format(slip.finishAfter(), getLocale()), slip.days()));
                if (slip.brokenPromise() != null) {
                    item.add(warning(getTranslation("planning.move.breaks-promise",
                            Days.format(slip.brokenPromise(), getLocale()))));
                }
                if (slip.brokenDeadline() != null) {
                    item.add(warning(getTranslation("planning.move.breaks-deadline",
                            Days.format(slip.brokenDeadline(), getLocale()))));
                }
                slips.add(item);
            });
        });
    }

    private static Span warning(String text) {
        var warning = new Span(text);
        warning.addClassName("move-warning");
        return warning;
    }

    private void save() {
        int[] landed = {0};
        if (refusals().attempt(() -> landed[0] = backlog.move(row.requestId(), toPosition(), reason.getValue(),
                row.version()))) {
            close();
            moved.run();
            Toasts.done(getTranslation("planning.move.done", row.title(), landed[0]));
        }
    }

    /** The position chosen, or the one next to the chosen request; an empty position is out of range, said so. */
    private int toPosition() {
        if (placement.getValue() == Placement.POSITION) {
            return position.getValue() == null ? 0 : position.getValue();
        }
        if (other.getValue() == null) {
            throw new RejectedInputException("other", "planning.error.other-required");
        }
        return backlog.positionNextTo(row.requestId(), other.getValue().requestId(),
                placement.getValue() == Placement.ABOVE);
    }
}
