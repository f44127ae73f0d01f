package app.ponte.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import app.ponte.organisation.Accounts;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Profile;
import app.ponte.security.Role;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each test signs in as a new account of its own, so that saving changes nobody else's data. */
class ProfileViewTest extends UiTest {

    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Accounts accounts;

    ProfileView view;

    @BeforeEach
    void openOwnProfile() {
        signInAs(fixtures.newMember("Aurora Commerce", Role.CLIENT));
        view = navigate(ProfileView.class);
    }

    @Test
    void the_form_shows_the_saved_profile_with_the_login_read_only() {
        assertThat(view.email.getValue()).startsWith("test-").endsWith("@ponte.test");
        assertThat(view.email.isReadOnly()).isTrue();
        assertThat(view.displayName.getValue()).isEqualTo("Test Person");
        // Stored as a bare "en" by the fixture: outside the United States that reads as English (UK).
        assertThat(view.language.getValue()).isEqualTo("en-GB");
        assertThat(view.timeZone.getValue()).isEqualTo("UTC");
    }

    @Test
    void saving_a_new_name_and_time_zone_stores_them() {
        test(view.displayName).setValue("Ana Maria");
        test(view.timeZone).selectItem("America/Sao_Paulo");
        test(view.save).click();

        Profile stored = accounts.myProfile();
        assertThat(stored.displayName()).isEqualTo("Ana Maria");
        assertThat(stored.timeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(view.conflict.isVisible()).isFalse();
    }

    @Test
    void choosing_portuguese_switches_the_session_language() {
        test(view.language).selectItem("Português (Brasil)");
        test(view.save).click();

        assertThat(accounts.myProfile().language()).isEqualTo("pt-BR");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(TranslationProvider.BRAZILIAN_PORTUGUESE);
    }

    @Test
    void an_empty_name_is_refused_with_a_message_and_nothing_is_saved() {
        test(view.displayName).setValue("   ");
        test(view.save).click();

        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("This is needed.");
        assertThat(accounts.myProfile().displayName()).isEqualTo("Test Person");
    }

    @Test
    void an_over_long_name_is_refused_by_the_service_with_a_message_on_the_field() {
        test(view.displayName).setValue("N".repeat(121));
        test(view.save).click();

        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("At most 120 characters.");
        assertThat(view.displayName.getValue()).hasSize(121);
        assertThat(accounts.myProfile().displayName()).isEqualTo("Test Person");
    }

    @Test
    void a_save_after_someone_else_saved_is_refused_keeps_the_typing_and_the_second_save_wins() {
        Profile loaded = accounts.myProfile();
        accounts.updateMyProfile(new Profile(loaded.email(), "Saved In Another Tab", "en", ZoneId.of("UTC"),
                loaded.version()));

        test(view.displayName).setValue("Typed Here");
        test(view.save).click();

        assertThat(accounts.myProfile().displayName()).isEqualTo("Saved In Another Tab");
        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getText()).contains("Saved In Another Tab");
        assertThat(view.displayName.getValue()).isEqualTo("Typed Here");

        test(view.save).click();

        assertThat(accounts.myProfile().displayName()).isEqualTo("Typed Here");
        assertThat(view.conflict.isVisible()).isFalse();
    }

    @Test
    void a_wrong_current_password_is_named_on_its_field_and_the_typing_stays() {
        test(view.currentPassword).setValue("not-my-password");
        test(view.newPassword).setValue("harbour-violet-tangerine");
        test(view.confirmPassword).setValue("harbour-violet-tangerine");
        test(view.changePassword).click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct.");
        assertThat(view.newPassword.getValue()).isEqualTo("harbour-violet-tangerine");
    }

    @Test
    void different_new_passwords_are_refused_before_anything_is_checked() {
        test(view.currentPassword).setValue(DemoFixtures.PASSWORD);
        test(view.newPassword).setValue("harbour-violet-tangerine");
        test(view.confirmPassword).setValue("harbour-violet-tangerinx");
        test(view.changePassword).click();

        assertThat(view.confirmPassword.isInvalid()).isTrue();
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("The two new passwords are not the same.");
    }

    @Test
    void a_short_or_common_new_password_is_explained() {
        test(view.currentPassword).setValue(DemoFixtures.PASSWORD);
        test(view.newPassword).setValue("password1234");
        test(view.confirmPassword).setValue("password1234");
        test(view.changePassword).click();

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).contains("too common");

        test(view.newPassword).setValue("short");
        test(view.confirmPassword).setValue("short");
        test(view.changePassword).click();

        assertThat(view.newPassword.getErrorMessage()).contains("at least 12 characters");
    }

    @Test
    void the_language_offers_english_uk_english_us_and_brazilian_portuguese_and_us_english_writes_month_first() {
        assertThat(view.language.getListDataView().getItems()).containsExactly("en-GB", "en-US", "pt-BR");

        test(view.language).selectItem("English (US)");
        test(view.save).click();

        assertThat(accounts.myProfile().language()).isEqualTo("en-US");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.US);
        assertThat(app.ponte.base.ui.Days.format(LocalDate.of(2026, 12, 1), VaadinSession.getCurrent().getLocale()))
                .isEqualTo("Dec 1, 2026");
    }

    @Test
    void a_saved_profile_is_confirmed_beside_the_form() {
        test(view.displayName).setValue("Ana Maria");
        test(view.save).click();

        assertThat(view.detailsSaved.isVisible()).isTrue();
        assertThat(view.detailsSaved.getText()).isEqualTo("Profile saved.");
    }

    @Test
    void an_empty_password_form_says_what_is_needed_and_checks_no_password() {
        test(view.changePassword).click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("This is needed.");
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("This is needed.");
    }

    @Test
    void the_current_password_as_the_new_one_is_refused() {
        test(view.currentPassword).setValue(DemoFixtures.PASSWORD);
        test(view.newPassword).setValue(DemoFixtures.PASSWORD);
        test(view.confirmPassword).setValue(DemoFixtures.PASSWORD);
        test(view.changePassword).click();

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage())
                .isEqualTo("The new password is the one you use now. Choose a different one.");
    }

    @Test
    void a_too_short_password_gets_one_message() {
        test(view.currentPassword).setValue(DemoFixtures.PASSWORD);
        test(view.newPassword).setValue("abc123");
        test(view.confirmPassword).setValue("abc123");
        test(view.changePassword).click();

        assertThat(view.newPassword.getErrorMessage()).isEqualTo("The password needs at least 12 characters.");
    }

    @Test
    void a_good_new_password_is_accepted_and_the_fields_are_cleared() {
        test(view.currentPassword).setValue(DemoFixtures.PASSWORD);
        test(view.newPassword).setValue("harbour-violet-tangerine");
        test(view.confirmPassword).setValue("harbour-violet-tangerine");
        test(view.changePassword).click();

        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(view.newPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.passwordChanged.isVisible()).isTrue();
        assertThat(view.passwordChanged.getText()).startsWith("Password changed.");
    }

    @Test
    void after_too_many_wrong_current_passwords_the_form_says_to_wait_and_changes_nothing() {
        for (int i = 0; i < 6; i++) {
            test(view.currentPassword).setValue(i < 5 ? "not-my-password-" + i : DemoFixtures.PASSWORD);
            test(view.newPassword).setValue("harbour-violet-tangerine");
            test(view.confirmPassword).setValue("harbour-violet-tangerine");
            test(view.changePassword).click();
        }

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage())
                .isEqualTo("Too many wrong passwords. Wait a few minutes, then try again.");
        assertThat(view.newPassword.getValue()).isEqualTo("harbour-violet-tangerine");
    }
}
