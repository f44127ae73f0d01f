package app.ponte.planning.ui;

import app.ponte.base.ui.Days;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.planning.ConflictHandling;
import app.ponte.planning.ConflictNotice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;

/**
 * Plain-words notices on a request about conflicts that concern it, without the other organisation's name:
 * what collides, and what the team is doing about it (deciding by a date, accepted the risk, re-scheduled).
 */
class ConflictNotices extends Div {

    ConflictNotices(List<ConflictNotice> notices) {
        setId("conflict-notices");
        for (ConflictNotice notice : notices) {
            var line = new Paragraph(sentence(this, notice));
            line.addClassName("conflict-notice");
            add(line);
        }
    }

    /**
     * A notice as its request's organisation reads it (the request page, the requester's dashboard), in the words
     * and language of the component it is shown in.
     */
    static String sentence(Component in, ConflictNotice notice) {
        return what(in, "conflict.notice." + notice.kind().name(), notice) + " " + handling(in, notice);
    }

    /** The same notice for the organisation whose freeze window another organisation's work runs into. */
    static String aboutOwnWindow(Component in, ConflictNotice notice) {
        return what(in, "dashboard.planning.conflicts.window." + notice.kind().name(), notice) + " "
                + handling(in, notice);
    }

    private static String what(Component in, String key, ConflictNotice notice) {
        Locale locale = LocalisedFormats.currentLocale();
        return in.getTranslation(key, notice.systemName(), Days.format(notice.startsOn(), locale),
                Days.format(notice.endsOn(), locale));
    }

    private static String handling(Component in, ConflictNotice notice) {
        return notice.handling() == ConflictHandling.DECISION_ASKED
                ? in.getTranslation("conflict.notice.deciding",
                        Days.format(notice.decideBy(), LocalisedFormats.currentLocale()))
                : in.getTranslation("conflict.notice.handling." + notice.handling().name());
    }
}
