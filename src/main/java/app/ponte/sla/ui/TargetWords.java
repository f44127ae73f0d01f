package app.ponte.sla.ui;

import app.ponte.sla.PlanTarget;
import com.vaadin.flow.component.Component;

/**
 * How plans' targets read, in the viewer's language: "30 min · Around the clock"; lengths and priorities as
 * {@link SlaTexts} says them everywhere.
 */
final class TargetWords {

    private TargetWords() {
    }

    static String firstResponse(Component in, PlanTarget target) {
        return in.getTranslation("sla.target", SlaTexts.duration(in, target.firstResponseMinutes()),
                target.firstResponseCalendar());
    }

    static String resolution(Component in, PlanTarget target) {
        return in.getTranslation("sla.target", SlaTexts.duration(in, target.resolutionMinutes()), target.resolutionCalendar());
    }
}
