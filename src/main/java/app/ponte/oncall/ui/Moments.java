package app.ponte.oncall.ui;

import app.ponte.base.ui.ViewerTime;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.Locale;

/** Instants of the on-call pages as the viewer reads them: weekday, date and time in their zone and language. */
final class Moments {

    private Moments() {
    }

    static String at(ViewerTime viewerTime, Instant instant, Locale locale) {
        String weekday = instant.atZone(viewerTime.zone()).getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        return weekday + " " + viewerTime.format(instant, locale);
    }
}
