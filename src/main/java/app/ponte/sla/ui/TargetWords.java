package app.ponte.sla.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.sla.PlanTarget;
import com.vaadin.flow.component.Component;
import java.time.Duration;

/**
 * How plans' targets read, in the viewer's language: "30 min · Around the clock"; lengths as
 * {@link LocalisedFormats#duration} says them everywhere.
 */
final class TargetWords {

    private TargetWords() {
    }

    static String firstResponse(Component in, PlanTarget target) {
        return in.getTranslation("sla.target", LocalisedFormats.duration(in, Duration.ofMinutes(target.firstResponseMinutes())),
                target.firstResponseCalendar());
    }

    static String resolution(Component in, PlanTarget target) {
        return in.getTranslation("sla.target", LocalisedFormats.duration(in, Duration.ofMinutes(target.resolutionMinutes())),
                target.resolutionCalendar());
    }
}
