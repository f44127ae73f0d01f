package app.ponte.roadmap.ui;

import app.ponte.base.ui.Days;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.InitiativeOverview.MilestoneOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One initiative in the roadmap list: status, confidence, target end, and its milestones (what each
 * delivers, its committed or delivered day). The team also reads its estimate, which milestones are public, and
 * gets buttons to edit and plan; nobody reads names of organisations here.
 */
class InitiativeCard extends Div {

    /** What the team can do from a card; null for everybody else. */
    interface TeamActions {
        void edit(InitiativeOverview initiative);

        void addMilestone(InitiativeOverview initiative);

        void plan(InitiativeOverview initiative, MilestoneOverview milestone);
    }

    InitiativeCard(InitiativeOverview initiative, LocalDate today, @Nullable TeamActions team) {
        addClassName("roadmap-initiative");
        getElement().setAttribute("data-initiative", String.valueOf(initiative.id()));
        H2 title = new H2(initiative.title());
        Span facts = new Span(String.join(" · ", getTranslation(initiative.status().labelKey()),
                getTranslation("roadmap.confidence", getTranslation(initiative.confidence().labelKey())),
                getTranslation("roadmap.ends-on", Days.format(initiative.endsOn(), getLocale())))
                + (initiative.publicItem() ? " · " + getTranslation("roadmap.public") : ""));
        facts.addClassName("facts");
        add(title, facts);
        if (initiative.estimate() != null) {
            Span estimate = new Span(getTranslation("roadmap.estimate",
                    days(initiative.estimate().likely()), days(initiative.estimate().pessimistic())));
            estimate.addClassName("estimate");
            add(estimate);
        }
        if (initiative.summary() != null) {
            add(new Paragraph(initiative.summary()));
        }
        if (initiative.milestones().isEmpty()) {
            add(new Paragraph(getTranslation("roadmap.no-milestones")));
        }
        for (MilestoneOverview milestone : initiative.milestones()) {
            add(milestoneLine(initiative, milestone, today, team));
        }
        if (team != null) {
            Button edit = new Button(getTranslation("roadmap.edit-initiative"), e -> team.edit(initiative));
            edit.addClassName("edit-initiative");
            Button add = new Button(getTranslation("roadmap.add-milestone"), e -> team.addMilestone(initiative));
            add.addClassName("add-milestone");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new Div(edit, add));
        }
    }

    private Div milestoneLine(InitiativeOverview initiative, MilestoneOverview milestone, LocalDate today,
            @Nullable TeamActions team) {
        Span name = new Span(milestone.title());
        name.addClassName("milestone-name");
        Span delivers = new Span(milestone.delivers());
        delivers.addClassName("delivers");
        Div line = new Div(name, delivers, new Span(when(milestone, today)));
        if (milestone.commitReason() != null && milestone.deliveredOn() == null) {
            Span why = new Span(getTranslation("roadmap.commit-reason", milestone.commitReason()));
            why.addClassName("commit-reason");
            line.add(why);
        }
        if (team != null && milestone.publicItem()) {
            Span shared = new Span(getTranslation("roadmap.milestone-public"));
            shared.addClassName("milestone-public");
            line.add(shared);
        }
        line.addClassName("roadmap-milestone");
        line.getElement().setAttribute("data-milestone", String.valueOf(milestone.id()));
        if (team != null && milestone.status() != DeliveryStatus.CANCELLED) {
            Button plan = new Button(getTranslation("roadmap.plan-milestone"), e -> team.plan(initiative, milestone));
            plan.addClassName("plan-milestone");
            plan.addThemeVariants(ButtonVariant.LUMO_SMALL);
            line.add(plan);
        }
        return line;
    }

    private static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }

    private String when(MilestoneOverview milestone, LocalDate today) {
        if (milestone.deliveredOn() != null) {
            return getTranslation("roadmap.delivered-on", Days.format(milestone.deliveredOn(), getLocale()));
        }
        if (milestone.status() == DeliveryStatus.CANCELLED) {
            return getTranslation(milestone.status().labelKey());
        }
        if (milestone.committedOn() == null) {
            return getTranslation("roadmap.not-committed");
        }
        String key = milestone.committedOn().isBefore(today) ? "roadmap.overdue-since" : "roadmap.committed-for";
        return getTranslation(key, Days.format(milestone.committedOn(), getLocale()));
    }
}
