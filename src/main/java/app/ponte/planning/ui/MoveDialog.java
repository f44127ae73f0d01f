package app.ponte.planning.ui;

import app.ponte.base.Reason;
import app.ponte.base.ui.Days;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.planning.Backlog;
import app.ponte.planning.BacklogRow;
import app.ponte.planning.Slip;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * Moving a request on the board: the new position, the reason (required, read by the organisations
 * concerned), and before saving, the accepted requests that would finish later and by how much.
 */
class MoveDialog extends Dialog {

    final IntegerField position = new IntegerField();
    final TextArea reason = new TextArea();
    final Button preview = new Button();
    final Button save = new Button();
    final UnorderedList slips = new UnorderedList();
    final Span message = new Span();

    private final Backlog backlog;
    private final Runnable moved;
    private final FieldRefusals refusals;
    private BacklogRow row;

    MoveDialog(Backlog backlog, Runnable moved) {
        this.backlog = backlog;
        this.moved = moved;
        position.setLabel(getTranslation("planning.move.position"));
        position.setId("move-position");
        position.setMin(1);
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
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), preview, save);
        add(position, reason, slips, message);
        setWidth("36rem");
        refusals = new FieldRefusals(Map.of("reason", reason), position).whenChangedMeanwhile(() -> {
            message.setText(getTranslation("planning.move.conflict"));
            moved.run();
        });
    }

    void open(BacklogRow selected) {
        this.row = selected;
        setHeaderTitle(getTranslation("planning.move.title", selected.title(), selected.position()));
        position.clear();
        position.setInvalid(false);
        reason.clear();
        reason.setInvalid(false);
        slips.removeAll();
        message.setText("");
        open();
    }

    private void showPreview() {
        slips.removeAll();
        message.setText("");
        refusals.attempt(() -> {
            List<Slip> found = backlog.preview(row.requestId(), toPosition());
            if (found.isEmpty()) {
                slips.add(new ListItem(getTranslation("planning.move.nothing-slips")));
            }
            found.forEach(slip -> slips.add(new ListItem(getTranslation("planning.move.slip", slip.title(),
                    slip.organisationName(), Days.format(slip.finishBefore(), getLocale()),
                    Days.format(slip.finishAfter(), getLocale()), slip.days()))));
        });
    }

    private void save() {
        if (refusals.attempt(() -> backlog.move(row.requestId(), toPosition(), reason.getValue(), row.version()))) {
            close();
            moved.run();
        }
    }

    /** An empty position is out of range, said as such. */
    private int toPosition() {
        return position.getValue() == null ? 0 : position.getValue();
    }
}
