package app.ponte.feedback.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.feedback.FeedbackKind;
import app.ponte.feedback.FeedbackOutlook;
import app.ponte.feedback.WaitingForm;
import app.ponte.feedback.WaitingForms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.Set;

/**
 * The feedback forms waiting for the viewer's answer in their organisation: a delivery's rating leads to the
 * request's page (where its feedback part takes the answer), the survey to the Satisfaction page. No block at all
 * when nothing waits.
 */
@org.springframework.stereotype.Component
class FeedbackWaitingBlock implements DashboardBlock {

    static final String ID = "dashboard-feedback-waiting";

    private final FeedbackOutlook outlook;
    private final ViewerTime viewerTime;

    FeedbackWaitingBlock(FeedbackOutlook outlook, ViewerTime viewerTime) {
        this.outlook = outlook;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.REQUESTER);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.OUR_REQUESTS;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        WaitingForms waiting = outlook.waitingForMe();
        if (waiting.count() == 0) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.feedback.title"));
        Paragraph count = new Paragraph(ui.getTranslation("dashboard.feedback.count", waiting.count()));
        count.setId(ID + "-count");
        UnorderedList list = new UnorderedList();
        list.setId(ID + "-forms");
        for (WaitingForm form : waiting.first()) {
            Anchor link = form.kind() == FeedbackKind.DELIVERY && form.requestId() != null
                    ? new Anchor("requests/" + form.requestId(), ui.getTranslation("dashboard.feedback.delivery",
                            LocalisedFormats.request(ui, form.requestId(), form.title() == null ? "" : form.title())))
                    : new Anchor("satisfaction", ui.getTranslation("dashboard.feedback.survey"));
            list.add(new ListItem(link, new Span(ui.getTranslation("dashboard.feedback.expires",
                    viewerTime.moment(form.expiresAt(), ui.getLocale())))));
        }
        card.with(count, list);
        return Optional.of(card);
    }
}
