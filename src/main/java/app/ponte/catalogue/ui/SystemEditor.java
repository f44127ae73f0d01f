package app.ponte.catalogue.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.catalogue.Criticality;
import app.ponte.catalogue.SystemDetails;
import app.ponte.catalogue.SystemDraft;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.PersonOption;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit a system. The view says how to save; refusals land on the field they concern and a system
 * saved meanwhile is said so, so nothing typed is lost.
 */
class SystemEditor extends Dialog {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<PersonOption> owner = new ComboBox<>();
    final Select<Criticality> criticality = new Select<>();
    final BigDecimalField availabilityTarget = new BigDecimalField();
    final MultiSelectComboBox<OrganisationSummary> dependents = new MultiSelectComboBox<>();
    final Paragraph conflict = new Paragraph();
    final Button save = new Button();

    private final FieldRefusals refusals;
    private @Nullable SystemDetails editing;

    SystemEditor(List<PersonOption> teamPeople,
            CallbackDataProvider.FetchCallback<OrganisationSummary, String> organisations) {
        setWidth("40rem");
        name.setLabel(getTranslation("system.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        description.setLabel(getTranslation("system.description"));
        description.setMaxLength(1000);
        owner.setLabel(getTranslation("system.owner"));
        owner.setItems(teamPeople);
        owner.setItemLabelGenerator(PersonOption::displayName);
        owner.setRequiredIndicatorVisible(true);
        criticality.setLabel(getTranslation("system.criticality"));
        criticality.setItems(Criticality.values());
        criticality.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        availabilityTarget.setLabel(getTranslation("system.availability-target"));
        availabilityTarget.setHelperText(getTranslation("system.availability-target-help"));
        dependents.setLabel(getTranslation("system.dependents"));
        dependents.setItems(organisations);
        dependents.setItemLabelGenerator(OrganisationSummary::name);
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, owner, criticality, availabilityTarget, dependents, description);
        form.setColspan(description, 2);
        form.setColspan(dependents, 2);
        add(conflict, form);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        refusals = new FieldRefusals(Map.of("name", name, "description", description, "owner", owner,
                "criticality", criticality, "availabilityTarget", availabilityTarget, "dependents", dependents), name);
    }

    void editNew() {
        editing = null;
        setHeaderTitle(getTranslation("system.new"));
        name.clear();
        description.clear();
        owner.clear();
        criticality.setValue(Criticality.MEDIUM);
        availabilityTarget.setValue(new BigDecimal("99.9"));
        dependents.clear();
        resetMessages();
        open();
    }

    void edit(SystemDetails system) {
        editing = system;
        setHeaderTitle(getTranslation("system.edit", system.name()));
        name.setValue(system.name());
        description.setValue(system.description() == null ? "" : system.description());
        owner.setValue(owner.getListDataView().getItems().filter(p -> p.accountId() == system.ownerId()).findFirst()
                .orElse(null));
        criticality.setValue(system.criticality());
        availabilityTarget.setValue(system.availabilityTarget());
        dependents.setValue(Set.copyOf(system.dependents()));
        resetMessages();
        open();
    }

    @Nullable SystemDetails editing() {
        return editing;
    }

    SystemDraft draft() {
        return new SystemDraft(name.getValue(), description.getValue(),
                owner.getValue() == null ? null : owner.getValue().accountId(), criticality.getValue(),
                availabilityTarget.getValue(),
                dependents.getValue().stream().map(OrganisationSummary::id).collect(Collectors.toSet()));
    }

    /**
     * Saves through {@code save} and closes when it was saved; when somebody saved the system meanwhile,
     * {@code current} gives it as it is now.
     */
    @Nullable SystemDetails attempt(Supplier<SystemDetails> save, Supplier<SystemDetails> current) {
        var saved = new AtomicReference<@Nullable SystemDetails>();
        if (refusals.whenChangedMeanwhile(() -> showConflict(current.get())).attempt(() -> saved.set(save.get()))) {
            close();
        }
        return saved.get();
    }

    /** Somebody saved the system meanwhile: keep what was typed, show the saved version's number. */
    private void showConflict(SystemDetails current) {
        editing = current;
        conflict.setText(getTranslation("system.conflict"));
        conflict.setVisible(true);
    }

    private void resetMessages() {
        List.<HasValidation>of(name, description, owner, criticality, availabilityTarget, dependents)
                .forEach(f -> f.setInvalid(false));
        conflict.setVisible(false);
    }
}
