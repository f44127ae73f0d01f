package app.ponte.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The systems list as the team uses it. */
class SystemListViewTest extends UiTest {

    @Test
    void the_team_adds_a_system_through_the_editor_and_finds_it_in_the_list() {
        signInAs("lead@ponte.test");
        SystemListView view = navigate(SystemListView.class);
        String name = "Label printer " + UUID.randomUUID().toString().substring(0, 6);

        test(view.create).click();
        roundTrip();
        test(view.editor.name).setValue(name);
        test(view.editor.owner).selectItem("Lucas Lead");
        test(view.editor.save).click();

        test(view.filter).setValue(name.substring(0, 12));
        assertThat(names(view.grid)).contains(name);
    }

    @Test
    void a_target_outside_the_bounds_is_refused_on_its_field_and_the_editor_stays_open_with_the_input() {
        signInAs("lead@ponte.test");
        SystemListView view = navigate(SystemListView.class);
        test(view.create).click();
        roundTrip();
        test(view.editor.name).setValue("Too available");
        test(view.editor.owner).selectItem("Lucas Lead");
        view.editor.availabilityTarget.setValue(new java.math.BigDecimal("101"));

        test(view.editor.save).click();

        assertThat(view.editor.availabilityTarget.isInvalid()).isTrue();
        assertThat(view.editor.availabilityTarget.getErrorMessage()).startsWith("Enter a target between 90 and 100");
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.editor.name.getValue()).isEqualTo("Too available");
    }

    @Test
    void editing_a_system_shows_its_dependents_from_the_searchable_list_and_keeps_them_on_save() {
        signInAs("lead@ponte.test");
        SystemListView view = navigate(SystemListView.class);
        test(view.filter).setValue("Invoicing");
        test(view.grid).clickRow(0);
        roundTrip();

        assertThat(view.editor.dependents.getValue()).extracting(o -> o.name())
                .containsExactlyInAnyOrder("Aurora Commerce", "Finance", "Meridian Bank");
        test(view.editor.save).click();
        assertThat(view.editor.isOpened()).isFalse();
    }

    private java.util.List<String> names(Grid<app.ponte.catalogue.SystemSummary> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(i -> rows.getRow(i).name()).toList();
    }
}
