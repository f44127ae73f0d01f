package app.ponte.catalogue.ui;

import app.ponte.base.Reason;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.catalogue.FreezeWindowDraft;
import app.ponte.catalogue.FreezeWindowEntry;
import app.ponte.catalogue.SystemSummary;
import app.ponte.organisation.OrganisationSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Declare or change a freeze window. The view says how to save it; refusals land on the field they concern
 * and a window changed meanwhile is said so, keeping what was typed.
 */
class FreezeWindowEditor extends Dialog {

    final ComboBox<SystemSummary> system = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextArea reason = new TextArea();
    final Paragraph conflict = new Paragraph();
    final Button save = new Button();
    final Button withdraw = new Button();

    private final FieldRefusals refusals;
    private @Nullable FreezeWindowEntry editing;

    FreezeWindowEditor(List<SystemSummary> systems,
            CallbackDataProvider.FetchCallback<OrganisationSummary, String> organisations, boolean team) {
        setWidth("36rem");
        system.setLabel(getTranslation("freeze.system"));
        system.setItems(systems);
        system.setItemLabelGenerator(SystemSummary::name);
        organisation.setLabel(getTranslation("freeze.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setVisible(team);
        LocalisedDatePicker.localise(startsOn);
        LocalisedDatePicker.localise(endsOn);
        startsOn.setLabel(getTranslation("freeze.starts-on"));
        endsOn.setLabel(getTranslation("freeze.ends-on"));
        reason.setLabel(getTranslation("freeze.reason"));
        reason.setHelperText(getTranslation("freeze.reason-help"));
        reason.setMaxLength(Reason.MAX);
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        withdraw.setText(getTranslation("freeze.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var form = new FormLayout(system, organisation, startsOn, endsOn, reason);
        form.setColspan(reason, 2);
        add(conflict, form);
        getFooter().add(withdraw, new Button(getTranslation("common.cancel"), e -> close()), save);
        refusals = new FieldRefusals(Map.of("system", system, "organisation", organisation, "startsOn", startsOn,
                "endsOn", endsOn, "reason", reason), reason);
    }

    void declareNew() {
        editing = null;
        setHeaderTitle(getTranslation("freeze.new"));
        system.setReadOnly(false);
        organisation.setReadOnly(false);
        system.clear();
        organisation.clear();
        startsOn.clear();
        endsOn.clear();
        reason.clear();
        withdraw.setVisible(false);
        resetMessages();
        open();
    }

    void edit(FreezeWindowEntry window, @Nullable OrganisationSummary windowOrganisation) {
        editing = window;
        setHeaderTitle(getTranslation("freeze.edit", window.systemName(), window.organisationName()));
        system.setValue(system.getListDataView().getItems().filter(s -> s.id() == window.systemId()).findFirst()
                .orElse(null));
        organisation.setValue(windowOrganisation);
        system.setReadOnly(true);
        organisation.setReadOnly(true);
        startsOn.setValue(window.startsOn());
        endsOn.setValue(window.endsOn());
        reason.setValue(window.reason());
        withdraw.setVisible(true);
        resetMessages();
        open();
    }

    @Nullable FreezeWindowEntry editing() {
        return editing;
    }

    FreezeWindowDraft draft() {
        return new FreezeWindowDraft(system.getValue() == null ? null : system.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(), startsOn.getValue(),
                endsOn.getValue(), reason.getValue());
    }

    /**
     * Runs the change and closes the editor when it was saved; when the window was changed meanwhile,
     * {@code current} gives it as it is now (null when withdrawn).
     */
    boolean attempt(Runnable change, Supplier<@Nullable FreezeWindowEntry> current) {
        boolean saved = refusals.whenChangedMeanwhile(() -> showConflict(current.get())).attempt(change);
        if (saved) {
            close();
        }
        return saved;
    }

    private void showConflict(@Nullable FreezeWindowEntry current) {
        editing = current;
        conflict.setText(getTranslation("freeze.conflict"));
        conflict.setVisible(true);
    }

    private void resetMessages() {
        List.<HasValidation>of(system, organisation, startsOn, endsOn, reason).forEach(f -> f.setInvalid(false));
        conflict.setVisible(false);
    }
}
