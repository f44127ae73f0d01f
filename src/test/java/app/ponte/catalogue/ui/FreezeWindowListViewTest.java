package app.ponte.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Freeze windows as a client admin and a client see them. */
class FreezeWindowListViewTest extends UiTest {

    @Autowired
    TestClock clock;
    @Autowired
    DemoFixtures fixtures;

    @Test
    void a_client_admin_declares_a_window_and_an_inverted_period_is_refused_on_its_field() {
        signInAs("ana@aurora.test");
        FreezeWindowListView view = navigate(FreezeWindowListView.class);
        int before = test(view.grid).size();
        test(view.declare).click();
        roundTrip();
        test(view.editor.system).selectItem("Invoicing");
        LocalDate start = clock.today().plusDays(250);
        view.editor.startsOn.setValue(start);
        view.editor.endsOn.setValue(start.minusDays(2));
        test(view.editor.reason).setValue("Annual inventory");

        test(view.editor.save).click();
        assertThat(view.editor.endsOn.isInvalid()).isTrue();
        assertThat(view.editor.endsOn.getErrorMessage()).isEqualTo("The last day cannot come before the first.");

        view.editor.endsOn.setValue(start.plusDays(2));
        test(view.editor.save).click();
        assertThat(view.editor.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    void the_team_opens_an_organisations_window_and_sees_whose_it_is() {
        signInAs("lead@ponte.test");
        FreezeWindowListView view = navigate(FreezeWindowListView.class);
        var rows = test(view.grid);
        // The demo's peak-sale window: Aurora may have declared others meanwhile (the test above does).
        int aurora = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).organisationName().equals("Aurora Commerce")
                        && rows.getRow(i).reason().startsWith("Peak-sale week"))
                .findFirst().orElseThrow();

        rows.clickRow(aurora);
        roundTrip();

        assertThat(view.editor.organisation.isVisible()).isTrue();
        assertThat(view.editor.organisation.getValue().name()).isEqualTo("Aurora Commerce");
        assertThat(view.editor.system.getValue().name()).isEqualTo("Orders API");
    }

    @Test
    void a_client_reads_the_windows_but_cannot_declare_one() {
        signInAs("leo@aurora.test");
        FreezeWindowListView view = navigate(FreezeWindowListView.class);

        assertThat(view.declare.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isPositive();
    }

    @Test
    void the_page_has_a_heading_and_an_organisation_without_windows_is_told_so() {
        // a company of its own: other tests declare windows for the demo's clients
        signInAs(fixtures.newMember(fixtures.newClient(), Role.CLIENT_ADMIN));
        FreezeWindowListView view = navigate(FreezeWindowListView.class);

        assertThat(find(H2.class).from(view).single().getText()).isEqualTo("Freeze windows running or to come");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).startsWith("No freeze windows are running or coming.");
    }
}
