package app.ponte.oncall.ui;

import app.ponte.base.Reason;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.oncall.OnCall;
import app.ponte.organisation.PersonOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Overrides of the rota (holidays, swaps): the ones not over yet, each removable by an admin, and a form to add
 * one. Times are typed and shown in the viewer's own zone.
 */
class OverridesPanel extends Div {

    final Div list = new Div();
    final ComboBox<PersonOption> person = new ComboBox<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final TextField reason = new TextField();
    final Button add = new Button();
    final FormMessage message = new FormMessage();

    private final OnCall onCall;
    private final ViewerTime viewerTime;
    private final boolean admin;
    private final Runnable changed;
    private final FieldRefusals refusals;

    OverridesPanel(OnCall onCall, ViewerTime viewerTime, boolean admin, Runnable changed) {
        this.onCall = onCall;
        this.viewerTime = viewerTime;
        this.admin = admin;
        this.changed = changed;
        setId("on-call-overrides");
        addClassName("on-call-part");
        add(new H3(getTranslation("oncall.overrides.title")));
        list.setId("override-list");
        list.addClassName("override-list");
        add(list, message);
        person.setId("override-person");
        person.setLabel(getTranslation("oncall.overrides.person"));
        person.setItems(onCall.teamPeople());
        person.setItemLabelGenerator(PersonOption::displayName);
        startsAt.setLabel(getTranslation("oncall.overrides.starts"));
        endsAt.setLabel(getTranslation("oncall.overrides.ends"));
        startsAt.setLocale(getLocale());
        endsAt.setLocale(getLocale());
        reason.setLabel(getTranslation("oncall.overrides.reason"));
        reason.setMaxLength(Reason.MAX);
        add.setId("override-add");
        add.setText(getTranslation("oncall.overrides.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> addOverride());
        refusals = new FieldRefusals(Map.of("person", person, "startsAt", startsAt, "endsAt", endsAt, "reason",
                reason), message);
        if (admin) {
            var form = new FormLayout(person, reason, startsAt, endsAt);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
            add(form, add);
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        var overrides = onCall.overrides();
        if (overrides.isEmpty()) {
            list.add(new Span(getTranslation("oncall.overrides.none")));
        }
        for (OnCall.OverrideEntry entry : overrides) {
            var row = new Div();
            row.addClassName("override-row");
            row.add(new Span(getTranslation("oncall.overrides.line", entry.person().displayName(),
                    viewerTime.moment(entry.startsAt(), getLocale()),
                    viewerTime.moment(entry.endsAt(), getLocale()), entry.reason())));
            if (admin) {
                var remove = new Button(getTranslation("oncall.overrides.remove"), event -> remove(entry));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                row.add(remove);
            }
            list.add(row);
        }
    }

    void addOverride() {
        boolean done = refusals.attempt(() -> onCall.addOverride(new OnCall.OverrideDraft(
                person.getValue() == null ? null : person.getValue().accountId(), instant(startsAt.getValue()),
                instant(endsAt.getValue()), reason.getValue())));
        if (done) {
            person.clear();
            startsAt.clear();
            endsAt.clear();
            reason.clear();
            Toasts.done(getTranslation("oncall.overrides.added"));
            refresh();
            changed.run();
        }
    }

    private void remove(OnCall.OverrideEntry entry) {
        boolean done = refusals.whenChangedMeanwhile(() -> {
            message.say(getTranslation("oncall.changed-meanwhile"));
            refresh();
        }).attempt(() -> onCall.removeOverride(entry.id(), entry.version()));
        if (done) {
            refresh();
            changed.run();
        }
    }

    private @Nullable Instant instant(@Nullable LocalDateTime typed) {
        return typed == null ? null : typed.atZone(viewerTime.zone()).toInstant();
    }
}
