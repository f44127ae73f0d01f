package app.ponte.sla.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** The SLA plans: targets per priority, the calendars they count on, the organisations on each. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // a fresh section for every page it is shown on
class PlansSection extends VerticalLayout {

    PlansSection() {
        setPadding(false);
    }
}
