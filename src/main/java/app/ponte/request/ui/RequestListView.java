package app.ponte.request.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.request.RequestLists;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
class RequestListView extends VerticalLayout implements HasDynamicTitle {

    final RequestGrid requests;
    final Button newRequest = new Button();

    RequestListView(RequestLists lists, ViewerTime viewerTime, List<RequestStatusDates> statusDates,
            List<RequestListNotice> notices) {
        setSizeFull();
        requests = new RequestGrid("ours", viewerTime,
                new RequestGrid.Rows(lists::ours, lists::exportOurs, lists::oursByStatus), filter -> filter,
                StatusChoice.ANY, Set.of(), true);
        requests.grid.setId("requests-grid");
        requests.datedBy(statusDates);
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

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title");
    }
}
