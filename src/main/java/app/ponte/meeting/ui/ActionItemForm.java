package app.ponte.meeting.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.Toasts;
import app.ponte.meeting.ActionItems;
import app.ponte.meeting.ActionItems.OwnerOption;
import app.ponte.meeting.NewActionItem;
import app.ponte.meeting.OwnerSide;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The team's form for a new action item: text, owner from either side, due day, a linked request's number. */
class ActionItemForm extends FormLayout {

    static final String TEXT_ID = "action-item-text";
    static final String OWNER_ID = "action-item-owner";
    static final String DUE_ID = "action-item-due";
    static final String REQUEST_ID = "action-item-request";

    final TextField text = new TextField();
    final ComboBox<OwnerOption> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final IntegerField request = new IntegerField();
    final Button add = new Button();
    private final ActionItems items;
    private final Runnable changed;
    private long meetingId;

    ActionItemForm(ActionItems items, Runnable changed) {
        this.items = items;
        this.changed = changed;
        addClassName("action-item-form");
        text.setId(TEXT_ID);
        text.setLabel(getTranslation("meeting.item.text"));
        text.setMaxLength(500);
        owner.setId(OWNER_ID);
        owner.setLabel(getTranslation("meeting.item.owner"));
        owner.setItemLabelGenerator(option -> getTranslation(option.side() == OwnerSide.TEAM
                ? "meeting.item.option.team" : "meeting.item.option.organisation", option.name()));
        due.setId(DUE_ID);
        due.setLabel(getTranslation("meeting.item.due"));
        LocalisedDatePicker.localise(due);
        request.setId(REQUEST_ID);
        request.setLabel(getTranslation("meeting.item.request"));
        request.setHelperText(getTranslation("meeting.item.request-help"));
        add.setText(getTranslation("meeting.item.add"));
        add.addClickListener(click -> create());
        add(text, owner, due, request, add);
        setColspan(text, 2);
    }

    void show(long meetingId, boolean team) {
        this.meetingId = meetingId;
        setVisible(team);
        if (team) {
            owner.setItems(items.ownerOptions(meetingId));
        }
    }

    private void create() {
        var refusals = new FieldRefusals(Map.of("text", text, "owner", owner, "due", due, "request", request), text);
        @Nullable Long requestId = request.getValue() == null ? null : Long.valueOf(request.getValue());
        @Nullable Long ownerId = owner.getValue() == null ? null : owner.getValue().accountId();
        if (refusals.attempt(() -> items.create(meetingId, new NewActionItem(text.getValue(), ownerId,
                due.getValue(), requestId)))) {
            text.clear();
            owner.clear();
            due.clear();
            request.clear();
            Toasts.done(getTranslation("meeting.item.added"));
            changed.run();
        }
    }
}
