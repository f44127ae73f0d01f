package app.ponte.organisation.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.organisation.EmailAddresses;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Profile;
import app.ponte.security.Role;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;

/**
 * Invite a person by e-mail: an admin picks any active organisation, a client admin invites into their
 * own company; a name may be proposed for a new account (it is never put into the e-mail). Raises {@link InviteEvent}; the view calls the service through {@link #refusals()}.
 */
class InviteDialog extends Dialog {

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Select<Role> role = new Select<>();
    final Button send = new Button();

    InviteDialog(FetchCallback<OrganisationSummary, String> organisations, List<Role> roles) {
        setHeaderTitle(getTranslation("invite.title"));
        email.setLabel(getTranslation("members.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        // Checked while typing: a refusal shown on the address goes away as soon as the address is valid.
        email.setValueChangeMode(ValueChangeMode.EAGER);
        email.addValueChangeListener(e -> {
            if (email.isInvalid() && EmailAddresses.isValid(email.getValue())) {
                email.setInvalid(false);
            }
        });
        displayName.setLabel(getTranslation("invite.display-name"));
        displayName.setHelperText(getTranslation("invite.display-name.help"));
        displayName.setMaxLength(Profile.DISPLAY_NAME_MAX);
        displayName.setWidthFull();
        organisation.setLabel(getTranslation("members.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(organisations);
        role.setLabel(getTranslation("members.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(roles.contains(Role.CLIENT) ? Role.CLIENT : roles.getFirst());
        add(new FormLayout(email, displayName, organisation, role));
        send.setText(getTranslation("invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            List.<HasValidation>of(email, organisation, role).forEach(f -> f.setInvalid(false));
            if (organisation.getValue() == null) {
                organisation.setErrorMessage(getTranslation("invite.error.organisation-required"));
                organisation.setInvalid(true);
                return;
            }
            fireEvent(new InviteEvent(this, email.getValue(), displayName.getValue(), organisation.getValue().id(),
                    role.getValue()));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }

    /** A client admin's dialog: their own company, fixed. */
    void fixOrganisation(OrganisationSummary own) {
        organisation.setItems(List.of(own));
        organisation.setValue(own);
        organisation.setReadOnly(true);
    }

    /** Where the service's refusals go: on the field they name, else on the address. */
    FieldRefusals refusals() {
        return new FieldRefusals(Map.of("email", email, "displayName", displayName, "organisation", organisation,
                "role", role), email);
    }

    Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }

    static final class InviteEvent extends ComponentEvent<InviteDialog> {

        final String email;
        final String displayName;
        final long organisationId;
        final Role role;

        InviteEvent(InviteDialog source, String email, String displayName, long organisationId, Role role) {
            super(source, false);
            this.email = email;
            this.displayName = displayName;
            this.organisationId = organisationId;
            this.role = role;
        }
    }
}
