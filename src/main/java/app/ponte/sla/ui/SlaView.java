package app.ponte.sla.ui;

import app.ponte.security.Roles;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** SLA plans and the business calendars they count on: admins edit, the team reads. */
@Route("sla")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 28, icon = "vaadin:timer", title = "nav.sla")
class SlaView extends VerticalLayout implements HasDynamicTitle {

    final TabSheet tabs = new TabSheet();

    SlaView(PlansSection plans, CalendarsSection calendars) {
        setSizeFull();
        tabs.setId("sla-tabs");
        tabs.add(getTranslation("sla.tab.plans"), plans);
        tabs.add(getTranslation("sla.tab.calendars"), calendars);
        tabs.setSizeFull();
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.title");
    }
}
