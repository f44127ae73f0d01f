package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

/** A grid's column of row actions (the administrator's account menu on members) has a header that says what it holds. */
class RowActionsColumnTest extends UiTest {

    @Test
    void the_members_grid_names_its_row_actions_column() {
        signInAs("admin@ponte.test");
        UI.getCurrent().navigate("members");

        Grid<?> members = find(Grid.class).id("members-grid");

        assertThat(members.getColumnByKey(RowActionsColumn.KEY).getHeaderText()).isEqualTo("Actions");
    }
}
