package app.ponte.meeting.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingPerson;
import app.ponte.meeting.Meetings;
import app.ponte.meeting.WorkshopDraft;
import app.ponte.organisation.ServedOrganisation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Planning a discovery workshop: with which organisation, what about, when (typed in the viewer's zone), how long,
 * and who comes from both sides (the organisation's active members and the team's people only).
 */
class WorkshopDialog extends Dialog {

    final ComboBox<ServedOrganisation> organisation = new ComboBox<>();
    final TextField title = new TextField();
    final DateTimePicker start = new DateTimePicker();
    final IntegerField length = new IntegerField();
    final MultiSelectComboBox<MeetingPerson> participants = new MultiSelectComboBox<>();
    final FormMessage message = new FormMessage();
    final Button save = new Button();

    private final Meetings meetings;
    private final ViewerTime viewerTime;
    private final Runnable planned;

    WorkshopDialog(Meetings meetings, ViewerTime viewerTime, @Nullable ServedOrganisation chosen, Runnable planned) {
        this.meetings = meetings;
        this.viewerTime = viewerTime;
        this.planned = planned;
        addClassName("workshop-dialog");
        setWidth("36rem");
        setHeaderTitle(getTranslation("meeting.workshop.plan"));
        organisation.setLabel(getTranslation("meeting.list.organisation"));
        organisation.setItems(meetings.organisations());
        organisation.setItemLabelGenerator(ServedOrganisation::name);
        organisation.setRequiredIndicatorVisible(true);
        organisation.addValueChangeListener(e -> offerPeople());
        title.setLabel(getTranslation("meeting.workshop.title"));
        title.setHelperText(getTranslation("meeting.workshop.title-help"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        start.setLabel(getTranslation("meeting.workshop.start", viewerTime.zone().getId()));
        start.setLocale(LocalisedFormats.currentLocale());
        start.setStep(Duration.ofMinutes(15));
        start.setRequiredIndicatorVisible(true);
        length.setLabel(getTranslation("meeting.length"));
        length.setValue(90);
        length.setStep(15);
        length.setStepButtonsVisible(true);
        participants.setLabel(getTranslation("meeting.participants"));
        participants.setItemLabelGenerator(this::personLabel);
        participants.setHelperText(getTranslation("meeting.participants-help"));
        var form = new FormLayout(organisation, title, start, length, participants, message);
        form.setColspan(title, 2);
        form.setColspan(participants, 2);
        form.setColspan(message, 2);
        add(form);
        save.setText(getTranslation("meeting.workshop.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        if (chosen != null) {
            organisation.setValue(chosen);
        }
    }

    private String personLabel(MeetingPerson person) {
        return getTranslation(person.teamSide() ? "meeting.person.team" : "meeting.person.organisation",
                person.displayName());
    }

    private void offerPeople() {
        List<MeetingPerson> choices = organisation.getValue() == null ? List.of()
                : meetings.invitable(organisation.getValue().id());
        var kept = participants.getValue().stream().filter(choices::contains).collect(Collectors.toSet());
        participants.setItems(choices);
        participants.setValue(kept);
    }

    private void save() {
        var refusals = new FieldRefusals(Map.of("organisation", organisation, "title", title, "start", start,
                "lengthMinutes", length, "participants", participants), message);
        boolean saved = refusals.attempt(() -> meetings.planWorkshop(new WorkshopDraft(
                organisation.getValue() == null ? null : organisation.getValue().id(), title.getValue(),
                start.getValue() == null ? null : start.getValue().atZone(viewerTime.zone()).toInstant(),
                length.getValue() == null ? 0 : length.getValue(),
                participants.getValue().stream().map(MeetingPerson::accountId).collect(Collectors.toSet()))));
        if (saved) {
            Toasts.done(getTranslation("meeting.workshop.done"));
            close();
            planned.run();
        }
    }
}
