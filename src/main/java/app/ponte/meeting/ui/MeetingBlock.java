package app.ponte.meeting.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.meeting.ActionItemRow;
import app.ponte.meeting.MeetingOutlook;
import app.ponte.meeting.NextReview;
import app.ponte.meeting.OpenActionItems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A requester's next review (when, in the viewer's zone and, when it differs, the organisation's; a link to the
 * meeting) and its open action items: how many, how many overdue, the first ones with the overdue on top, each
 * leading to the meeting it was agreed in.
 */
@org.springframework.stereotype.Component
class MeetingBlock implements DashboardBlock {

    static final String ID = "dashboard-meeting-next";

    private final MeetingOutlook outlook;
    private final ViewerTime viewerTime;

    MeetingBlock(MeetingOutlook outlook, ViewerTime viewerTime) {
        this.outlook = outlook;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.REQUESTER);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.OUR_SYSTEMS;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.meeting.title"));
        Optional<NextReview> next = outlook.nextReview();
        if (next.isEmpty()) {
            card.with(DashboardCard.nothing(ui.getTranslation("dashboard.meeting.no-review")));
        } else {
            Anchor review = new Anchor("meetings/" + next.get().meetingId(), ui.getTranslation("dashboard.meeting.next",
                    MeetingTimes.when(ui, next.get().start(), next.get().zone(), viewerTime, locale)));
            review.setId(ID + "-review");
            card.with(new Paragraph(review));
        }
        OpenActionItems items = outlook.openActionItems();
        card.with(new H4(ui.getTranslation("dashboard.meeting.items")));
        if (items.open() == 0) {
            card.with(DashboardCard.nothing(ui.getTranslation("dashboard.meeting.items.none")));
        } else {
            Paragraph counts = new Paragraph(ui.getTranslation("dashboard.meeting.items.count", items.open(),
                    items.overdue()));
            counts.setId(ID + "-items-count");
            UnorderedList list = new UnorderedList();
            list.setId(ID + "-items");
            for (ActionItemRow item : items.first()) {
                String due = LocalisedFormats.day(item.due(), locale);
                ListItem line = new ListItem(new Anchor("meetings/" + item.meetingId(), item.text()),
                        new Span(ui.getTranslation(item.overdue() ? "dashboard.meeting.item.overdue"
                                : "dashboard.meeting.item.due", item.ownerName(), due)));
                if (item.overdue()) {
                    line.addClassName("dashboard-meeting-overdue");
                }
                list.add(line);
            }
            card.with(counts, list);
        }
        card.withLink(ui.getTranslation("dashboard.meeting.link"), "action-items");
        return Optional.of(card);
    }
}
