package app.ponte.oncall.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.Toasts;
import app.ponte.oncall.OnCall;
import app.ponte.oncall.RotaDraft;
import app.ponte.organisation.PersonOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rota: the people taking turns a week each, in order, the hand-over weekday and hour, the zone it is read in
 * and the day the first person's week starts. Admins edit; the team reads. A rota saved by somebody else meanwhile
 * is said so and what was typed stays, to be saved again over it.
 */
class RotaEditor extends Div {

    final ComboBox<PersonOption> addPerson = new ComboBox<>();
    final OrderedList members = new OrderedList();
    final Select<DayOfWeek> handOverDay = new Select<>();
    final TimePicker handOverTime = new TimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final DatePicker startsOn = new DatePicker();
    final Button save = new Button();
    final FormMessage message = new FormMessage();

    private final OnCall onCall;
    private final boolean admin;
    private final Runnable saved;
    private final FieldRefusals refusals;
    private final List<PersonOption> chosen = new ArrayList<>();
    private @Nullable Long version;

    RotaEditor(OnCall onCall, boolean admin, Runnable saved) {
        this.onCall = onCall;
        this.admin = admin;
        this.saved = saved;
        setId("on-call-rota");
        addClassName("on-call-part");
        add(new H3(getTranslation("oncall.rota.title")));
        add(new Span(getTranslation("oncall.rota.help")));
        members.setId("rota-members");
        members.addClassName("rota-members");
        addPerson.setId("rota-add-person");
        addPerson.setLabel(getTranslation("oncall.rota.add-person"));
        addPerson.setItems(onCall.teamPeople());
        addPerson.setItemLabelGenerator(PersonOption::displayName);
        addPerson.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                chosen.add(event.getValue());
                addPerson.clear();
                showMembers();
            }
        });
        handOverDay.setLabel(getTranslation("oncall.rota.day"));
        handOverDay.setItems(DayOfWeek.values());
        handOverDay.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        handOverTime.setLabel(getTranslation("oncall.rota.time"));
        zone.setLabel(getTranslation("oncall.rota.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        LocalisedDatePicker.localise(startsOn);
        startsOn.setLabel(getTranslation("oncall.rota.starts-on"));
        startsOn.setHelperText(getTranslation("oncall.rota.starts-on-help"));
        save.setId("rota-save");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        var form = new FormLayout(addPerson, handOverDay, handOverTime, zone, startsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(members, form, message);
        if (admin) {
            add(save);
        } else {
            handOverDay.setReadOnly(true);
            handOverTime.setReadOnly(true);
            zone.setReadOnly(true);
            startsOn.setReadOnly(true);
            addPerson.setVisible(false);
        }
        refusals = new FieldRefusals(Map.of("members", addPerson, "handOverDay", handOverDay, "handOverTime",
                handOverTime, "zone", zone, "startsOn", startsOn), message);
        load(onCall.rota());
    }

    private void load(OnCall.RotaSettings settings) {
        chosen.clear();
        chosen.addAll(settings.members());
        handOverDay.setValue(settings.handOverDay());
        handOverTime.setValue(settings.handOverTime());
        zone.setValue(settings.zone().getId());
        startsOn.setValue(settings.startsOn());
        version = settings.version();
        showMembers();
    }

    private void showMembers() {
        members.removeAll();
        if (chosen.isEmpty()) {
            members.add(new ListItem(getTranslation("oncall.rota.nobody")));
        }
        for (int i = 0; i < chosen.size(); i++) {
            int index = i;
            var item = new ListItem(new Span(chosen.get(i).displayName()));
            if (admin) {
                item.add(small(VaadinIcon.ARROW_UP, "oncall.rota.up", () -> move(index, -1)),
                        small(VaadinIcon.ARROW_DOWN, "oncall.rota.down", () -> move(index, 1)),
                        small(VaadinIcon.CLOSE_SMALL, "oncall.rota.remove", () -> {
                            chosen.remove(index);
                            showMembers();
                        }));
            }
            members.add(item);
        }
    }

    private Button small(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void move(int index, int by) {
        int target = index + by;
        if (target >= 0 && target < chosen.size()) {
            chosen.add(target, chosen.remove(index));
            showMembers();
        }
    }

    RotaDraft draft() {
        return new RotaDraft(chosen.stream().map(PersonOption::accountId).toList(), handOverDay.getValue(),
                handOverTime.getValue(), zone.getValue() == null ? null : ZoneId.of(zone.getValue()),
                startsOn.getValue());
    }

    void save() {
        message.setInvalid(false);
        boolean done = refusals.whenChangedMeanwhile(() -> {
            // Keep what was typed; the next save replaces the rota saved meanwhile.
            version = onCall.rota().version();
            message.say(getTranslation("oncall.changed-meanwhile"));
        }).attempt(() -> onCall.saveRota(draft(), version));
        if (done) {
            version = onCall.rota().version();
            Toasts.done(getTranslation("oncall.rota.saved"));
            saved.run();
        }
    }
}
