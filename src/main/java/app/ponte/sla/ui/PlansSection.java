package app.ponte.sla.ui;

import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.Toasts;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.sla.PlanSummary;
import app.ponte.sla.SlaPlans;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** The SLA plans: targets per priority, the calendars they count on, the organisations on each. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // a fresh section for every page it is shown on
class PlansSection extends VerticalLayout {

    final Button create = new Button();
    final Div cards = new Div();
    final Paragraph noPlans = new Paragraph();
    final List<PlanCard> shown = new ArrayList<>();
    final PlanEditor editor;
    final OrganisationPlans organisations;

    private final SlaPlans plans;
    private final boolean admin;
    private boolean narrow;

    PlansSection(SlaPlans plans, CurrentUser currentUser) {
        this.plans = plans;
        this.admin = currentUser.require().requireActive().role() == Role.ADMIN;
        NarrowScreen.follow(this, () -> narrow, this::narrow);
        setPadding(false);
        editor = new PlanEditor(admin ? plans.calendars() : List.of());
        editor.save.addClickListener(e -> save());
        cards.addClassName("sla-plan-cards");
        noPlans.setId("sla-no-plans");
        noPlans.setText(getTranslation(admin ? "sla.plan.none.admin" : "sla.plan.none.team"));
        noPlans.addClassName("empty-state");
        organisations = new OrganisationPlans(plans, admin, this::refresh);
        if (admin) {
            create.setText(getTranslation("sla.plan.new"));
            create.setIcon(VaadinIcon.PLUS.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> editor.editNew());
            add(create);
        }
        add(noPlans, cards, organisations);
        refresh();
    }

    /** Plans read again: after a save, and after an organisation moved to another plan. */
    void refresh() {
        List<PlanSummary> all = plans.list();
        cards.removeAll();
        shown.clear();
        all.forEach(plan -> shown.add(new PlanCard(plan, admin, editor::edit)));
        shown.forEach(card -> card.narrow(narrow));
        shown.forEach(cards::add);
        noPlans.setVisible(all.isEmpty());
        if (admin) {
            organisations.offer(all);
        }
    }

    /** The phone's layout (each plan's targets as cards per priority) or tables; tests call it directly. */
    void narrow(boolean narrow) {
        this.narrow = narrow;
        shown.forEach(card -> card.narrow(narrow));
    }

    boolean isNarrow() {
        return narrow;
    }

    private void save() {
        PlanSummary editing = editor.editing();
        PlanSummary saved = editor.attempt(
                () -> editing == null ? plans.create(editor.draft())
                        : plans.change(editing.id(), editor.draft(), editing.version()),
                () -> plans.get(editing.id()));
        if (saved != null) {
            Toasts.done(getTranslation("sla.plan.saved", saved.name()));
            refresh();
        }
    }
}
