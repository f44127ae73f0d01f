package app.ponte.sla.ui;

import app.ponte.base.ui.SectionSwitch;
import app.ponte.security.Roles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** SLA plans and the business calendars they count on: admins edit, the team reads. */
@Route("sla")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 28, icon = "vaadin:timer", title = "nav.sla")
class SlaView extends VerticalLayout implements HasDynamicTitle {

    final SectionSwitch tabs;

    SlaView(PlansSection plans, CalendarsSection calendars) {
        setSizeFull();
        tabs = new SectionSwitch(getTranslation("sla.sections"));
        tabs.setId("sla-tabs");
        tabs.add(getTranslation("sla.tab.plans"), plans);
        tabs.add(getTranslation("sla.tab.calendars"), calendars);
        tabs.setWidthFull();
        add(new H2(getTranslation("sla.heading")), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.title");
    }
}
