package app.ponte.roadmap.ui;

import app.ponte.base.ui.Days;
import app.ponte.roadmap.DeliveryStatus;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A roadmap status as the pages say it: never a bare "Planned" or "In progress", always with the day it is for
 * ("Planned for 12 Mar 2027"), or saying that there is no date yet.
 */
final class StatusLabel {

    private StatusLabel() {
    }

    static String of(Component owner, Locale locale, DeliveryStatus status, @Nullable LocalDate day) {
        if (day == null) {
            return owner.getTranslation(status == DeliveryStatus.PLANNED || status == DeliveryStatus.IN_PROGRESS
                    ? "roadmap.status-undated." + status.name() : status.labelKey());
        }
        return owner.getTranslation("roadmap.status-dated." + status.name(), Days.format(day, locale));
    }
}
