package app.ponte.organisation.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.organisation.OrganisationDetails;
import app.ponte.organisation.OrganisationDraft;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.ReviewCadence;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit an organisation. The editor only collects input and raises {@link SaveEvent} or
 * {@link ActivationEvent}; the view runs the service call through {@link #refusals()}, which puts refusals
 * back on the fields, and shows a save elsewhere through {@link #showConflict}, so nothing typed is ever lost.
 */
class OrganisationEditor extends Dialog {

    final Select<OrganisationKind> kind = new Select<>();
    final TextField name = new TextField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Select<String> language = new Select<>();
    final ComboBox<PersonOption> accountManager = new ComboBox<>();
    final TextArea notes = new TextArea();
    final FormMessage conflict = new FormMessage();
    final Button save = new Button();
    final Button activation = new Button();

    /** Other features' settings of the organisation edited (the review cadence...), each saved on its own. */
    final Div sections = new Div();

    private final List<OrganisationSettingsSection> settingsSections;
    private @Nullable OrganisationDetails editing;
    private long version;

    OrganisationEditor(List<PersonOption> managers, List<OrganisationSettingsSection> settingsSections) {
        this.settingsSections = List.copyOf(settingsSections);
        setWidth("40rem");
        kind.setLabel(getTranslation("organisations.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        name.setLabel(getTranslation("organisations.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(OrganisationDraft.NAME_MAX);
        timeZone.setLabel(getTranslation("organisations.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("organisations.language"));
        language.setItems(TranslationProvider.LANGUAGE_CHOICE_TAGS);
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        accountManager.setLabel(getTranslation("organisations.account-manager"));
        accountManager.setItems(managers);
        accountManager.setItemLabelGenerator(p -> p.displayName() + " <" + p.email() + ">");
        accountManager.setClearButtonVisible(true);
        notes.setLabel(getTranslation("organisations.notes"));
        notes.setMaxLength(OrganisationDraft.NOTES_MAX);

        var form = new FormLayout(kind, name, timeZone, language, accountManager, notes, conflict);
        form.setColspan(notes, 2);
        form.setColspan(conflict, 2);
        sections.addClassName("organisation-settings-sections");
        add(form, sections);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, draft(), editing == null ? null : editing.id(),
                version)));
        activation.addClickListener(e -> {
            if (editing != null) {
                fireEvent(new ActivationEvent(this, editing.id(), !editing.active(), version));
            }
        });
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(activation, cancel, save);
    }

    void createNew() {
        editing = null;
        version = 0;
        setHeaderTitle(getTranslation("organisations.new"));
        kind.setReadOnly(false);
        kind.setValue(OrganisationKind.CLIENT);
        name.clear();
        timeZone.setValue("UTC");
        language.setValue(TranslationProvider.choiceFor(getLocale()));
        accountManager.clear();
        notes.clear();
        activation.setVisible(false);
        sections.removeAll();
        clearMessages();
        open();
    }

    void edit(OrganisationDetails details, List<PersonOption> managers) {
        editing = details;
        version = details.version();
        setHeaderTitle(details.name());
        kind.setValue(details.kind());
        kind.setReadOnly(true);
        name.setValue(details.name());
        timeZone.setValue(details.timeZone().getId());
        language.setValue(TranslationProvider.choiceFor(details.language(), details.timeZone()));
        accountManager.setValue(managers.stream().filter(p -> Long.valueOf(p.accountId())
                .equals(details.accountManagerId())).findFirst().orElse(null));
        notes.setValue(details.notes() == null ? "" : details.notes());
        showActivation(details);
        sections.removeAll();
        settingsSections.forEach(section -> section.sectionFor(details.id()).ifPresent(sections::add));
        clearMessages();
        open();
    }

    /** After a save elsewhere: keep the entries, remember the new version, say what is saved now. */
    void showConflict(OrganisationDetails current) {
        editing = current;
        version = current.version();
        showActivation(current);
        conflict.say(getTranslation("organisations.conflict", current.name(),
                getTranslation(current.active() ? "common.active" : "common.inactive")));
    }

    /** Where the service's refusals go: on the field they name, else in the editor's message line. */
    FieldRefusals refusals() {
        return new FieldRefusals(Map.of("name", name, "timeZone", timeZone, "language", language,
                "accountManager", accountManager, "notes", notes), conflict);
    }

    private void showActivation(OrganisationDetails details) {
        activation.setVisible(true);
        activation.setText(getTranslation(details.active() ? "organisations.deactivate" : "organisations.reactivate"));
        activation.getThemeNames().removeAll(List.of("error", "success"));
        activation.addThemeVariants(details.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
    }

    private void clearMessages() {
        List.<HasValidation>of(name, timeZone, language, accountManager, notes, conflict)
                .forEach(f -> f.setInvalid(false));
    }

    private OrganisationDraft draft() {
        clearMessages();
        return new OrganisationDraft(kind.getValue(), name.getValue(),
                timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()), language.getValue(),
                accountManager.getValue() == null ? null : accountManager.getValue().accountId(),
                editing == null ? ReviewCadence.MONTHLY : editing.reviewCadence(), notes.getValue());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addActivationListener(ComponentEventListener<ActivationEvent> listener) {
        return addListener(ActivationEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<OrganisationEditor> {

        final OrganisationDraft draft;
        final @Nullable Long id;
        final long version;

        SaveEvent(OrganisationEditor source, OrganisationDraft draft, @Nullable Long id, long version) {
            super(source, false);
            this.draft = draft;
            this.id = id;
            this.version = version;
        }
    }

    static final class ActivationEvent extends ComponentEvent<OrganisationEditor> {

        final long id;
        final boolean active;
        final long version;

        ActivationEvent(OrganisationEditor source, long id, boolean active, long version) {
            super(source, false);
            this.id = id;
            this.active = active;
            this.version = version;
        }
    }
}
