package app.ponte.sla.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.request.ui.RequestListNotice;
import app.ponte.sla.MyPlan;
import app.ponte.sla.PlanTarget;
import app.ponte.sla.SlaPlans;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.util.Optional;

/**
 * "Your support plan" above a client's or department's own requests: folded to one line (the plan and its P1
 * first response), opened to every priority's targets and the 24/7 cover. Nothing without a plan.
 */
@org.springframework.stereotype.Component
class SupportPlanNotice implements RequestListNotice {

    private final SlaPlans plans;

    SupportPlanNotice(SlaPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Component> notice() {
        return plans.myPlan().map(SupportPlanNotice::details);
    }

    private static Component details(MyPlan plan) {
        var content = new Div();
        var details = new Details();
        String first = plan.targets().stream().findFirst()
                .map(t -> details.getTranslation("sla.my-plan.summary-target", "P" + t.rank(),
                        LocalisedFormats.duration(details, Duration.ofMinutes(t.firstResponseMinutes()))))
                .orElse("");
        details.setSummaryText(details.getTranslation("sla.my-plan.summary", plan.name(), first));
        var lines = new UnorderedList();
        for (PlanTarget target : plan.targets()) {
            lines.add(new ListItem(details.getTranslation("sla.my-plan.line", SlaTexts.priority(details,
                    target.priority()), TargetWords.firstResponse(details, target),
                    TargetWords.resolution(details, target))));
        }
        content.add(lines, new Paragraph(details.getTranslation(plan.onCallCover() ? "sla.my-plan.cover.yes"
                : "sla.my-plan.cover.no")));
        details.add(content);
        details.setOpened(false);
        details.setId("support-plan");
        details.addClassName("support-plan-notice");
        return details;
    }
}
