package app.ponte.organisation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.Invitations;
import app.ponte.organisation.PendingInvitation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The invitations of the member list's scope that wait for an answer: the address as typed, never whether
 * it has an account. Nobody in this list is a member yet.
 */
class PendingInvitationList extends VerticalLayout {

    static final String GRID_ID = "pending-invitations-grid";

    final Grid<PendingInvitation> grid = new Grid<>();

    PendingInvitationList(Invitations invitations, ViewerTime time) {
        setPadding(false);
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PendingInvitation::email).setHeader(getTranslation("members.email")).setFlexGrow(2);
        grid.addColumn(PendingInvitation::organisationName).setHeader(getTranslation("members.organisation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.role().labelKey())).setHeader(getTranslation("members.role"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> time.format(p.sentAt(), getLocale())).setHeader(getTranslation("members.pending.sent"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> time.format(p.expiresAt(), getLocale()))
                .setHeader(getTranslation("members.pending.expires")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> invitations.pending(toSpringPageRequest(query)).stream());
        grid.setHeight("12rem");
        add(new H2(getTranslation("members.pending.title")), grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
