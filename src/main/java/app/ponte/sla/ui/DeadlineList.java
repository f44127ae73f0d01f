package app.ponte.sla.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.SupportDeadline;
import app.ponte.sla.ClockDeadline;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.List;

/**
 * The next deadlines of running clocks, each a link to its request: "#6 Title · First response · breached since Mon
 * 12:30". The standing is said in words (and only then coloured), by the one rule of {@link SupportDeadline}.
 */
class DeadlineList extends UnorderedList {

    DeadlineList(String id, List<ClockDeadline> deadlines, ViewerTime viewerTime, Instant now) {
        setId(id);
        addClassName("dashboard-sla-deadlines");
        for (ClockDeadline deadline : deadlines) {
            SupportDeadline.Standing standing = new SupportDeadline(deadline.target(), deadline.dueAt(),
                    deadline.atRiskAt(), false).standingAt(now);
            String when = viewerTime.moment(deadline.dueAt(), getLocale());
            Span said = new Span(getTranslation("dashboard.sla.deadline", getTranslation(deadline.target().labelKey()),
                    getTranslation(standing.labelKey()), standing == SupportDeadline.Standing.BREACHED
                            ? getTranslation("dashboard.sla.deadline.breached", when)
                            : getTranslation("dashboard.sla.deadline.due", when)));
            ListItem item = new ListItem(new Anchor("requests/" + deadline.requestId(),
                    LocalisedFormats.request(this, deadline.requestId(), deadline.title())), said);
            item.addClassName("dashboard-sla-" + standing.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            add(item);
        }
    }
}
