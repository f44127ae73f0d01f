package app.ponte.organisation.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.SavedNote;
import app.ponte.base.ui.Toasts;
import app.ponte.organisation.Accounts;
import app.ponte.organisation.PasswordChangeException;
import app.ponte.organisation.Profile;
import app.ponte.security.PasswordPolicy;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everybody's own profile: display name, language, time zone and password. A save that collides with
 * another save of the same profile is refused with a message; what the user typed stays in the form.
 */
@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> LANGUAGES = TranslationProvider.LANGUAGE_CHOICE_TAGS;
    /** Set in the session when a save reloads the page in the new language: the reloaded page confirms it. */
    private static final String SAVED_BEFORE_RELOAD = ProfileView.class.getName() + ".saved";

    final TextField email = new TextField();
    final TextField displayName = new TextField();
    final Select<String> language = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Button save = new Button();
    final FormMessage conflict = new FormMessage();
    /** "Saved": beside the form, not over it, so that nothing on a phone's screen is covered. */
    final SavedNote detailsSaved = new SavedNote("profile-saved");

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button changePassword = new Button();
    final SavedNote passwordChanged = new SavedNote("profile-password-changed");

    private final Accounts accounts;
    private long loadedVersion;

    ProfileView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("profile-view");
        add(new H2(getTranslation("profile.section.details")), detailsForm(),
                new H2(getTranslation("profile.section.password")), passwordForm());
        show(accounts.myProfile());
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SAVED_BEFORE_RELOAD) != null) {
            session.setAttribute(SAVED_BEFORE_RELOAD, null);
            detailsSaved.say(getTranslation("profile.saved"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }

    private FormLayout detailsForm() {
        email.setId("profile-email");
        email.setLabel(getTranslation("profile.email"));
        email.setReadOnly(true);
        displayName.setId("profile-display-name");
        displayName.setLabel(getTranslation("profile.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(Profile.DISPLAY_NAME_MAX);
        language.setId("profile-language");
        language.setLabel(getTranslation("profile.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        timeZone.setId("profile-time-zone");
        timeZone.setLabel(getTranslation("profile.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setRequired(true);
        save.setId("profile-save");
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveDetails());
        conflict.setId("profile-conflict");
        displayName.addValueChangeListener(e -> detailsSaved.clear());
        language.addValueChangeListener(e -> detailsSaved.clear());
        timeZone.addValueChangeListener(e -> detailsSaved.clear());
        var form = new FormLayout(email, displayName, language, timeZone, save, detailsSaved, conflict);
        form.setColspan(conflict, 2);
        return form;
    }

    private FormLayout passwordForm() {
        currentPassword.setId("profile-current-password");
        currentPassword.setLabel(getTranslation("profile.password.current"));
        newPassword.setId("profile-new-password");
        confirmPassword.setId("profile-confirm-password");
        PasswordConfirmation.label(newPassword, confirmPassword);
        changePassword.setId("profile-change-password");
        changePassword.setText(getTranslation("profile.password.change"));
        changePassword.addClickListener(e -> changePassword());
        currentPassword.addValueChangeListener(e -> passwordChanged.setVisible(false));
        return new FormLayout(currentPassword, newPassword, confirmPassword, changePassword, passwordChanged);
    }

    private void show(Profile profile) {
        email.setValue(profile.email());
        displayName.setValue(profile.displayName());
        language.setValue(TranslationProvider.choiceFor(profile.language(), profile.timeZone()));
        timeZone.setValue(profile.timeZone().getId());
        loadedVersion = profile.version();
    }

    private void saveDetails() {
        if (!validDetails()) {
            return;
        }
        var change = new Profile(email.getValue(), displayName.getValue(), language.getValue(),
                ZoneId.of(timeZone.getValue()), loadedVersion);
        var refusals = new FieldRefusals(Map.of("displayName", displayName), displayName)
                .whenChangedMeanwhile(this::showSavedElsewhere);
        if (refusals.attempt(() -> loadedVersion = accounts.updateMyProfile(change).version())) {
            conflict.setVisible(false);
            detailsSaved.say(getTranslation("profile.saved"));
            Locale chosen = TranslationProvider.fromTag(change.language());
            if (!chosen.equals(getLocale())) {
                UI.getCurrent().getSession().setLocale(chosen);
                UI.getCurrent().getSession().setAttribute(SAVED_BEFORE_RELOAD, Boolean.TRUE);
                UI.getCurrent().getPage().reload();
            }
        }
    }

    /** Keeps the user's entries; shows what is saved now and lets them save again on purpose. */
    private void showSavedElsewhere() {
        Profile current = accounts.myProfile();
        loadedVersion = current.version();
        conflict.say(getTranslation("profile.conflict", current.displayName(),
                getTranslation("language." + TranslationProvider.choiceFor(current.language(), current.timeZone())),
                current.timeZone().getId()));
        Toasts.failed(getTranslation("profile.conflict.short"));
    }

    private boolean validDetails() {
        boolean valid = true;
        String name = displayName.getValue().strip();
        displayName.setInvalid(name.isEmpty());
        displayName.setErrorMessage(name.isEmpty() ? getTranslation("input.required") : null);
        valid &= !name.isEmpty();
        boolean zoneMissing = timeZone.getValue() == null;
        timeZone.setInvalid(zoneMissing);
        timeZone.setErrorMessage(zoneMissing ? getTranslation("profile.error.time-zone-required") : null);
        valid &= !zoneMissing;
        return valid;
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        passwordChanged.setVisible(false);
        // An empty field is "needed", not a wrong password: nothing is checked (or counted against the throttle).
        boolean currentMissing = required(currentPassword);
        boolean newMissing = required(newPassword);
        if (currentMissing || newMissing || !PasswordConfirmation.confirmed(newPassword, confirmPassword)) {
            return;
        }
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue(),
                    request == null ? "unknown" : request.getRemoteAddr());
            currentPassword.clear();
            newPassword.clear();
            confirmPassword.clear();
            passwordChanged.say(getTranslation("profile.password.changed"));
        } catch (PasswordChangeException e) {
            // One message: the first problem ("too short" also being "too common" says nothing new).
            String messages = e.messageKeys().stream().findFirst()
                    .map(key -> getTranslation(key, PasswordPolicy.MIN_LENGTH)).orElse("");
            boolean aboutCurrent = e.messageKeys().contains(PasswordChangeException.WRONG_CURRENT_PASSWORD)
                    || e.messageKeys().contains(PasswordChangeException.TOO_MANY_WRONG_PASSWORDS);
            PasswordField field = aboutCurrent ? currentPassword : newPassword;
            field.setErrorMessage(messages);
            field.setInvalid(true);
        }
    }

    private boolean required(PasswordField field) {
        boolean missing = field.getValue().isEmpty();
        if (missing) {
            field.setErrorMessage(getTranslation("input.required"));
            field.setInvalid(true);
        }
        return missing;
    }
}
