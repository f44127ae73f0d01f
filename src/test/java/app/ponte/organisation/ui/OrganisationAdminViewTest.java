package app.ponte.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.ReviewCadence;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin of the demo data works in Brazilian Portuguese, so the labels here are Portuguese. */
class OrganisationAdminViewTest extends UiTest {

    @Autowired
    Organisations organisations;
    @Autowired
    app.ponte.organisation.DemoFixtures fixtures;

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_admin_creates_an_organisation_from_the_list() {
        var view = navigate(OrganisationListView.class);
        String name = "Globex " + UUID.randomUUID();

        test(view.create).click();
        roundTrip();
        test(view.editor.name).setValue(name);
        test(view.editor.timeZone).selectItem("Asia/Tokyo");
        test(view.editor.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        test(view.filter).setValue(name.substring(0, 12));
        assertThat(names(view)).contains(name);
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_existing_client_shows_the_settings_of_other_features_and_a_new_one_does_not() {
        var view = navigate(OrganisationListView.class);
        test(view.create).click();
        roundTrip();
        assertThat(view.editor.sections.getChildren()).isEmpty();
        view.editor.close();

        view.openEditor(fixtures.organisationId("Meridian Bank"));
        roundTrip();
        assertThat(view.editor.sections.getChildren()).as("the review cadence and the report period").hasSize(2);
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void a_taken_name_is_refused_on_the_field_and_the_dialog_keeps_everything() {
        var view = navigate(OrganisationListView.class);

        test(view.create).click();
        roundTrip();
        test(view.editor.name).setValue("Aurora Commerce");
        test(view.editor.notes).setValue("Important client");
        test(view.editor.save).click();

        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.editor.name.isInvalid()).isTrue();
        assertThat(view.editor.name.getErrorMessage()).isEqualTo("Outra organização já tem este nome.");
        assertThat(view.editor.notes.getValue()).isEqualTo("Important client");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_edit_that_collides_with_another_save_is_told_and_keeps_the_entries() {
        var view = navigate(OrganisationListView.class);
        String name = "Initech " + UUID.randomUUID();
        test(view.create).click();
        roundTrip();
        test(view.editor.name).setValue(name);
        test(view.editor.save).click();
        long id = organisations.list(new app.ponte.organisation.OrganisationFilter(name, null, null),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst().id();

        view.openEditor(id);
        roundTrip();
        var saved = organisations.details(id);
        var draft = saved.toDraft();
        organisations.update(id, new app.ponte.organisation.OrganisationDraft(draft.kind(), draft.name(),
                draft.timeZone(), draft.language(), draft.accountManagerId(), ReviewCadence.WEEKLY, "Saved first"),
                saved.version());
        test(view.editor.notes).setValue("Typed by the second admin");
        test(view.editor.save).click();

        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.editor.conflict.isVisible()).isTrue();
        assertThat(view.editor.notes.getValue()).isEqualTo("Typed by the second admin");
        test(view.editor.save).click();
        assertThat(organisations.details(id).notes()).isEqualTo("Typed by the second admin");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void a_deactivated_organisation_leaves_the_list_of_active_ones() {
        var view = navigate(OrganisationListView.class);
        String name = "Umbrella " + UUID.randomUUID();
        test(view.create).click();
        roundTrip();
        test(view.editor.name).setValue(name);
        test(view.editor.save).click();
        test(view.filter).setValue(name);
        long id = test(view.grid).getRow(0).id();

        view.openEditor(id);
        roundTrip();
        test(view.editor.activation).click();

        assertThat(names(view)).doesNotContain(name);
        test(view.stateFilter).selectItem("Somente inativas");
        assertThat(names(view)).containsExactly(name);
    }

    @Test
    @WithUserDetails("lead@ponte.test")
    void the_team_reads_the_list_but_gets_no_editing() {
        var view = navigate(OrganisationListView.class);

        assertThat(view.create.isVisible()).isFalse();
        test(view.grid).clickRow(0);
        assertThat(view.editor.isOpened()).isFalse();
    }

    private List<String> names(OrganisationListView view) {
        var tester = test(view.grid);
        List<String> names = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            names.add(tester.getRow(row).name());
        }
        return names;
    }
}
