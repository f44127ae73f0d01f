package app.ponte.request.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.request.RequestLists;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/** "Our requests": a department's or client's own requests, newest first, and the way to file a new one. */
@Route("requests")
@RolesAllowed({Roles.CLIENT, Roles.CLIENT_ADMIN, Roles.INTERNAL})
@Menu(order = 10, icon = "vaadin:clipboard-text", title = "nav.requests")
class RequestListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final RequestGrid requests;
    final Button newRequest = new Button();
    /** Leaves out the shared requests the organisation only supports: what its dashboard counts as its own. */
    final Checkbox own = new Checkbox();

    RequestListView(RequestLists lists, ViewerTime viewerTime, List<RequestStatusDates> statusDates,
            List<RequestListNotice> notices) {
        setSizeFull();
        requests = new RequestGrid("ours", viewerTime,
                new RequestGrid.Rows(lists::ours, lists::exportOurs, lists::oursByStatus),
                filter -> filter.ownOnly(own.getValue()),
                StatusChoice.ANY, Set.of(), true);
        requests.grid.setId("requests-grid");
        requests.datedBy(statusDates);
        own.setLabel(getTranslation("dashboard.requests.own-only"));
        own.setId("requests-own-only");
        own.addValueChangeListener(e -> requests.filtersChanged());
        requests.filters.add(own, false);
        newRequest.setText(getTranslation("requests.new"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        var heading = new HorizontalLayout(new H2(getTranslation("requests.heading")), newRequest);
        heading.setWidthFull();
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.addClassName("list-heading");
        add(heading);
        notices.forEach(notice -> notice.notice().ifPresent(this::add));
        add(requests);
    }

    /**
     * Opened from a link ({@link RequestListLink}): its status, kind, "filed since", "at risk" and "own only"
     * set at once. An organisation
     * in the address is not read: a requester's list is its organisation's, whatever the address says.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var link = RequestListLink.of(event.getLocation().getQueryParameters());
        if (link.isEmpty()) {
            return;
        }
        requests.quietly(() -> {
            // The others at their defaults, even when the same view is shown again from another link.
            requests.search.clear();
            requests.filedSince.setValue(link.filedSince());
            requests.status.setValue(StatusChoice.of(link.status()));
            requests.kind.setValue(link.kind());
            requests.atRisk.setValue(link.atRisk());
            own.setValue(link.own());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title");
    }
}
