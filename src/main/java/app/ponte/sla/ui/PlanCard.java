package app.ponte.sla.ui;

import app.ponte.base.ui.NarrowScreen;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.sla.PlanSummary;
import app.ponte.sla.PlanTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One plan: its name and cover, a compact table of P1 to P4 × first response / resolution (on a phone one card per
 * priority, its two targets one under the other), who is on it.
 */
class PlanCard extends Div {

    final Grid<PlanTarget> targets = new Grid<>();
    final Grid.Column<PlanTarget> card;
    final Paragraph organisations = new Paragraph();
    final Button edit = new Button();
    final PlanSummary plan;

    PlanCard(PlanSummary plan, boolean admin, Consumer<PlanSummary> onEdit) {
        this.plan = plan;
        addClassName("sla-plan-card");
        var title = new H3(plan.name());
        var cover = new Span(getTranslation(plan.onCallCover() ? "sla.plan.cover.yes" : "sla.plan.cover.no"));
        cover.getElement().getThemeList().add(plan.onCallCover() ? "badge success" : "badge contrast");
        var heading = new Div(title, cover);
        heading.addClassName("sla-plan-heading");
        if (admin) {
            edit.setText(getTranslation("sla.plan.edit"));
            edit.setIcon(VaadinIcon.EDIT.create());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.addClickListener(e -> onEdit.accept(plan));
            heading.add(edit);
        }
        targets.addColumn(t -> SlaTexts.priority(this, t.priority())).setHeader(getTranslation("sla.plan.priority"))
                .setAutoWidth(true).setFlexGrow(0);
        targets.addColumn(t -> TargetWords.firstResponse(this, t)).setHeader(getTranslation("sla.plan.first-response"));
        targets.addColumn(t -> TargetWords.resolution(this, t)).setHeader(getTranslation("sla.plan.resolution"));
        card = targets.addColumn(LitRenderer.<PlanTarget>of("""
                        <div class="sla-target-card"><div class="sla-target-card-priority">${item.priority}</div>\
                        <div>${item.first}</div><div>${item.resolution}</div></div>""")
                        .withProperty("priority", t -> SlaTexts.priority(this, t.priority()))
                        .withProperty("first", t -> getTranslation("sla.plan.card.first-response",
                                TargetWords.firstResponse(this, t)))
                        .withProperty("resolution", t -> getTranslation("sla.plan.card.resolution",
                                TargetWords.resolution(this, t))))
                .setHeader(getTranslation("sla.plan.card.targets"));
        card.setVisible(false);
        targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        targets.setAllRowsVisible(true);
        targets.setItems(plan.targets()); // four rows, one per priority
        organisations.setText(plan.organisations().isEmpty() ? getTranslation("sla.plan.no-organisations")
                : getTranslation("sla.plan.organisations", plan.organisations().stream().map(OrganisationSummary::name)
                        .collect(Collectors.joining(", "))));
        organisations.addClassName("sla-plan-organisations");
        add(heading, targets, organisations);
    }

    /** The phone's layout (a card per priority) or the table; the plans section follows the window's width. */
    void narrow(boolean narrow) {
        NarrowScreen.showCards(targets, card, narrow);
    }
}
