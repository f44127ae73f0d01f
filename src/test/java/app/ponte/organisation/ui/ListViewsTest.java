package app.ponte.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.organisation.MemberSummary;
import app.ponte.organisation.PersonSummary;
import app.ponte.organisation.OrganisationSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class ListViewsTest extends UiTest {

    @Test
    @WithUserDetails("lead@ponte.test")
    void the_team_sees_every_active_organisation_with_its_time_zone_and_can_filter_by_name_start() {
        var view = navigate(OrganisationListView.class);

        assertThat(column(view.grid, OrganisationSummary::name))
                .contains("Backend Team", "Marketing", "Sales", "Operations", "Finance", "Human Resources",
                        "Aurora Commerce", "Meridian Bank");
        assertThat(test(view.grid).getCellText(rowOf(view.grid, OrganisationSummary::name, "Meridian Bank"), 2))
                .isEqualTo("Europe/Lisbon");

        test(view.filter).setValue("merid");

        assertThat(column(view.grid, OrganisationSummary::name)).containsExactly("Meridian Bank");
    }

    @Test
    @WithUserDetails("ana@aurora.test")
    void a_client_admin_sees_only_the_people_of_their_company() {
        var view = navigate(MemberListView.class);

        assertThat(column(view.grid, p -> p.memberships().stream().map(MemberSummary::organisationName).toList()
                .toString())).containsOnly("[Aurora Commerce]");
        assertThat(column(view.grid, PersonSummary::email))
                .contains("ana@aurora.test", "leo@aurora.test", "nina@partner.test");

        test(view.filter).setValue("rita");

        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_admin_finds_anyone_by_the_start_of_name_or_e_mail() {
        var view = navigate(MemberListView.class);

        test(view.filter).setValue("rita");

        assertThat(column(view.grid, PersonSummary::email)).containsExactly("rita@meridian.test");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_admin_sees_a_person_with_two_memberships_once_with_both() {
        var view = navigate(MemberListView.class);

        test(view.filter).setValue("nina@");

        assertThat(column(view.grid, PersonSummary::email)).containsExactly("nina@partner.test");
        assertThat(test(view.grid).getRow(0).memberships()).extracting(MemberSummary::organisationName)
                .hasSize(2).contains("Aurora Commerce");
    }

    private <T> List<String> column(com.vaadin.flow.component.grid.Grid<T> grid, Function<T, String> value) {
        var tester = test(grid);
        List<String> values = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            values.add(value.apply(tester.getRow(row)));
        }
        return values;
    }

    private <T> int rowOf(com.vaadin.flow.component.grid.Grid<T> grid, Function<T, String> value, String wanted) {
        return column(grid, value).indexOf(wanted);
    }
}
