package app.ponte.planning.ui;

import app.ponte.base.ui.Days;
import app.ponte.planning.ConflictHandling;
import app.ponte.planning.ConflictNotice;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Plain-words notices on a request about conflicts that concern it, without the other organisation's name:
 * what collides, and what the team is doing about it (deciding by a date, accepted the risk, re-scheduled).
 */
class ConflictNotices extends Div {

    ConflictNotices(List<ConflictNotice> notices) {
        setId("conflict-notices");
        for (ConflictNotice notice : notices) {
            var what = getTranslation("conflict.notice." + notice.kind().name(), notice.systemName(),
                    Days.format(notice.startsOn(), getLocale()), Days.format(notice.endsOn(), getLocale()));
            var handling = notice.handling() == ConflictHandling.DECISION_ASKED
                    ? getTranslation("conflict.notice.deciding", Days.format(notice.decideBy(), getLocale()))
                    : getTranslation("conflict.notice.handling." + notice.handling().name());
            var line = new Paragraph(what + " " + handling);
            line.addClassName("conflict-notice");
            add(line);
        }
    }
}
