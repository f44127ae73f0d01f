package app.ponte.organisation.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.organisation.InvitationPreview;
import app.ponte.organisation.Invitations;
import app.ponte.organisation.Profile;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an invited person lands from the e-mail. A new person chooses name, language, time zone and
 * password; an address that already has an account accepts with that account's password. Either may decline.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends LinkPage {

    static final String FORM_ID = "invitation-form";
    static final String DONE_ID = "invitation-done";
    static final String DECLINED_ID = "invitation-declined";

    final Paragraph intro = new Paragraph();
    final TextField email = new TextField();
    final TextField displayName = new TextField();
    final Select<String> language = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button accept = new Button();
    final PasswordField accountPassword = new PasswordField();
    final Button acceptWithAccount = new Button();
    final Button decline = new Button();

    private final Invitations invitations;

    InvitationView(Invitations invitations) {
        super("48rem");
        this.invitations = invitations;
    }

    @Override
    void showForm(String token) {
        InvitationPreview preview = invitations.preview(token);
        // The invitee's language, not the browser's: the account's, or else the inviting organisation's.
        getUI().orElseGet(UI::getCurrent).setLocale(TranslationProvider.fromTag(preview.language()));
        email.setLabel(getTranslation("profile.email"));
        email.setValue(preview.email());
        email.setReadOnly(true);
        decline.setText(getTranslation("invitation.decline"));
        decline.addClickListener(e -> confirmDecline(preview));
        var role = getTranslation(preview.role().labelKey());
        if (preview.existingAccount()) {
            intro.setText(getTranslation("invitation.existing.intro", preview.organisationName(), role));
            showExistingAccountForm();
        } else {
            intro.setText(getTranslation("invitation.intro", preview.organisationName(), role));
            showNewAccountForm(preview);
        }
    }

    private void showNewAccountForm(InvitationPreview preview) {
        displayName.setLabel(getTranslation("profile.display-name"));
        if (preview.proposedName() != null) {
            displayName.setValue(preview.proposedName());
        }
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(Profile.DISPLAY_NAME_MAX);
        language.setLabel(getTranslation("profile.language"));
        language.setItems(TranslationProvider.LANGUAGE_CHOICE_TAGS);
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        language.setValue(TranslationProvider.choiceFor(Locale.forLanguageTag(preview.language())));
        timeZone.setLabel(getTranslation("profile.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue("UTC");
        getUI().ifPresent(ui -> ui.getPage().retrieveExtendedClientDetails(details -> {
            if (details.getTimeZoneId() != null && ZoneId.getAvailableZoneIds().contains(details.getTimeZoneId())) {
                timeZone.setValue(details.getTimeZoneId());
            }
        }));
        PasswordConfirmation.label(password, confirm);
        accept.setText(getTranslation("invitation.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        var form = new FormLayout(email, displayName, language, timeZone, password, confirm,
                new HorizontalLayout(accept, decline));
        form.setId(FORM_ID);
        add(intro, form);
    }

    private void showExistingAccountForm() {
        accountPassword.setLabel(getTranslation("invitation.existing.password"));
        accountPassword.setRequiredIndicatorVisible(true);
        acceptWithAccount.setText(getTranslation("invitation.existing.accept"));
        acceptWithAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptWithAccount.addClickListener(e -> complete(
                new FieldRefusals(Map.of("password", accountPassword), accountPassword),
                token -> invitations.acceptWithAccount(token, accountPassword.getValue()),
                "invitation.existing.done", DONE_ID));
        var form = new FormLayout(email, accountPassword, new HorizontalLayout(acceptWithAccount, decline));
        form.setId(FORM_ID);
        add(intro, form);
    }

    /** Declining cannot be undone (the link is used up): the invitee confirms it first. */
    private void confirmDecline(InvitationPreview preview) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("invitation.decline.confirm.title"));
        dialog.setText(getTranslation("invitation.decline.confirm", preview.organisationName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("invitation.decline"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> complete(new FieldRefusals(Map.of(), email), invitations::decline,
                "invitation.declined", DECLINED_ID));
        dialog.open();
    }

    @Override
    LinkProblemPanel.Kind linkKind() {
        return LinkProblemPanel.Kind.INVITATION;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }

    private void accept() {
        var refusals = new FieldRefusals(Map.of("displayName", displayName, "password", password, "email", email),
                displayName);
        List.<HasValidation>of(displayName, password, email).forEach(f -> f.setInvalid(false));
        if (!PasswordConfirmation.confirmed(password, confirm)) {
            return;
        }
        complete(refusals, token -> invitations.accept(token, displayName.getValue(), language.getValue(),
                ZoneId.of(timeZone.getValue() == null ? "UTC" : timeZone.getValue()), password.getValue()),
                "invitation.done", DONE_ID);
    }
}
