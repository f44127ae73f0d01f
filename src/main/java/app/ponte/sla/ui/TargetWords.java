package app.ponte.sla.ui;

import app.ponte.request.Priority;
import app.ponte.sla.PlanTarget;
import com.vaadin.flow.component.Component;

/** How plans' targets read, in the viewer's language: "P1 · Urgent", "30 min · Around the clock". */
final class TargetWords {

    private TargetWords() {
    }

    /** "P1 · Urgent": support plans count priorities from P1, the most urgent. */
    static String priority(Component in, Priority priority) {
        return in.getTranslation("sla.priority", "P" + (priority.ordinal() + 1), in.getTranslation(priority.labelKey()));
    }

    /** "30 min", "4 h", "1 h 30 min". */
    static String duration(Component in, int minutes) {
        if (minutes % 60 == 0) {
            return in.getTranslation("sla.duration.hours", minutes / 60);
        }
        if (minutes > 60) {
            return in.getTranslation("sla.duration.hours-minutes", minutes / 60, minutes % 60);
        }
        return in.getTranslation("sla.duration.minutes", minutes);
    }

    static String firstResponse(Component in, PlanTarget target) {
        return in.getTranslation("sla.target", duration(in, target.firstResponseMinutes()),
                target.firstResponseCalendar());
    }

    static String resolution(Component in, PlanTarget target) {
        return in.getTranslation("sla.target", duration(in, target.resolutionMinutes()), target.resolutionCalendar());
    }
}
