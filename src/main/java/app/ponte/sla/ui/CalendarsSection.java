package app.ponte.sla.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** The business calendars: working hours in a zone, holidays, an import of holidays from an ICS file. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // a fresh section for every page it is shown on
class CalendarsSection extends VerticalLayout {

    CalendarsSection() {
        setPadding(false);
    }
}
