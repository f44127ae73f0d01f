package app.ponte.roadmap.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;

/**
 * Whose promises or changelog a page shows: the team reads every organisation's until it picks one department
 * or client (and again once it clears the pick); everybody else reads their own organisation and sees no picker.
 */
final class OrganisationChoice {

    final ComboBox<OrganisationSummary> picker = new ComboBox<>();
    private final boolean team;
    private final Organisations organisations;

    OrganisationChoice(Organisations organisations, CurrentUser currentUser, String label) {
        this.organisations = organisations;
        this.team = currentUser.scope().seesEveryOrganisation();
        picker.setLabel(label);
        picker.setItemLabelGenerator(OrganisationSummary::name);
        picker.setVisible(team);
        picker.setWidth("20rem");
        picker.setClearButtonVisible(true);
        picker.setPlaceholder(picker.getTranslation("roadmap.filter.every-organisation"));
        if (team) {
            picker.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                    toSpringPageRequest(query)).stream());
        }
    }

    boolean team() {
        return team;
    }

    /** Whether the page shows every organisation's: the team has not picked one. */
    boolean everyOrganisation() {
        return team && picker.getValue() == null;
    }

    /** The organisation to show: the team's pick (none: empty, every organisation's), or the viewer's own. */
    Optional<OrganisationSummary> chosen() {
        return team ? Optional.ofNullable(picker.getValue()) : Optional.of(organisations.activeOrganisation());
    }
}
