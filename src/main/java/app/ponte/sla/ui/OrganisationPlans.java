package app.ponte.sla.ui;

import app.ponte.base.ui.Toasts;
import app.ponte.sla.OrganisationPlan;
import app.ponte.sla.PlanSummary;
import app.ponte.sla.SlaPlans;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Which department or client is on which plan. An admin picks an organisation, then its plan (or clears it):
 * saved at once after a confirmation, since the clocks of its open requests re-compute their targets.
 */
class OrganisationPlans extends VerticalLayout {

    final Grid<OrganisationPlan> grid = new Grid<>();
    final ComboBox<OrganisationPlan> organisation = new ComboBox<>();
    final ComboBox<PlanSummary> plan = new ComboBox<>();
    @Nullable ConfirmDialog confirmation;

    private final SlaPlans plans;
    private final Runnable changed;
    /** True while the plan box shows the chosen organisation's plan: not a choice of the admin's. */
    private boolean showing;

    OrganisationPlans(SlaPlans plans, boolean admin, Runnable changed) {
        this.plans = plans;
        this.changed = changed;
        setPadding(false);
        var intro = new Paragraph(getTranslation(admin ? "sla.organisations.intro.admin" : "sla.organisations.intro.team"));
        intro.setId("sla-organisations-intro");
        add(new H3(getTranslation("sla.organisations.heading")), intro);
        if (admin) {
            organisation.setLabel(getTranslation("sla.organisations.pick"));
            organisation.setHelperText(getTranslation("sla.organisations.pick-help"));
            organisation.setItems(query -> plans.organisations(query.getFilter().orElse(""),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
            organisation.setItemLabelGenerator(OrganisationPlan::name);
            organisation.setId("sla-organisation");
            plan.setLabel(getTranslation("sla.organisations.plan"));
            plan.setPlaceholder(getTranslation("sla.organisations.no-plan"));
            plan.setHelperText(getTranslation("sla.organisations.plan-help"));
            plan.setItemLabelGenerator(PlanSummary::name);
            plan.setClearButtonVisible(true);
            plan.setEnabled(false);
            plan.setId("sla-organisation-plan");
            organisation.addValueChangeListener(e -> show(e.getValue()));
            plan.addValueChangeListener(e -> {
                if (!showing && organisation.getValue() != null) {
                    confirm(organisation.getValue(), e.getOldValue(), e.getValue());
                }
            });
            var pick = new Div(organisation, plan);
            pick.addClassName("sla-organisation-pick");
            add(pick);
        }
        grid.addColumn(OrganisationPlan::name).setHeader(getTranslation("sla.organisations.organisation"));
        grid.addColumn(o -> getTranslation(o.kind().labelKey())).setHeader(getTranslation("sla.organisations.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.planName() == null ? getTranslation("sla.organisations.no-plan") : o.planName())
                .setHeader(getTranslation("sla.organisations.plan"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> plans.organisations("", VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sla.organisations.none"));
        grid.setId("sla-organisations");
        add(grid);
    }

    /** The plans an organisation can be put on, after a plan was created or renamed. */
    void offer(List<PlanSummary> choices) {
        showing = true;
        try {
            plan.setItems(choices);
            show(organisation.getValue());
        } finally {
            showing = false;
        }
    }

    private void show(@Nullable OrganisationPlan chosen) {
        showing = true;
        try {
            plan.setEnabled(chosen != null);
            plan.setValue(chosen == null || chosen.planId() == null ? null : plan.getListDataView().getItems()
                    .filter(p -> p.id() == chosen.planId()).findFirst().orElse(null));
        } finally {
            showing = false;
        }
    }

    private void confirm(OrganisationPlan chosen, @Nullable PlanSummary before, @Nullable PlanSummary after) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("sla.organisations.confirm.header", chosen.name()));
        dialog.setText(after == null ? getTranslation("sla.organisations.confirm.off", chosen.name())
                : getTranslation("sla.organisations.confirm.on", chosen.name(), after.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("common.confirm"));
        dialog.addConfirmListener(e -> {
            plans.assign(chosen.organisationId(), after == null ? null : after.id());
            Toasts.done(after == null ? getTranslation("sla.organisations.taken-off", chosen.name())
                    : getTranslation("sla.organisations.assigned", chosen.name(), after.name()));
            organisation.setValue(new OrganisationPlan(chosen.organisationId(), chosen.name(), chosen.kind(),
                    after == null ? null : after.id(), after == null ? null : after.name()));
            grid.getDataProvider().refreshAll();
            changed.run();
        });
        dialog.addCancelListener(e -> {
            showing = true;
            try {
                plan.setValue(before);
            } finally {
                showing = false;
            }
        });
        confirmation = dialog;
        dialog.open();
    }
}
