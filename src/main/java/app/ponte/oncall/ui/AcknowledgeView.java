package app.ponte.oncall.ui;

import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.oncall.IncidentPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Opened from a page's e-mail: asks the signed-in person who was paged to confirm they are on it. Anybody else, and
 * a used, expired or tampered link, gets a clear refusal and nothing changes.
 */
@Route("on-call/ack/:token")
@PermitAll
class AcknowledgeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROBLEM_ID = "ack-problem";
    static final String DONE_ID = "ack-done";

    final Button confirm = new Button();

    private final IncidentPages pages;
    private final ViewerTime viewerTime;
    private String token = "";

    AcknowledgeView(IncidentPages pages, ViewerTime viewerTime) {
        this.pages = pages;
        this.viewerTime = viewerTime;
        setMaxWidth("40rem");
        addClassName("narrow-page");
        confirm.setId("ack-confirm");
        confirm.setText(getTranslation("oncall.ack.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> acknowledge());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H2(getTranslation("oncall.ack.heading")));
        try {
            IncidentPages.AckLink link = pages.checkLink(token);
            add(new Paragraph(getTranslation("oncall.ack.question",
                    LocalisedFormats.request(this, link.requestId(), link.title()),
                    viewerTime.moment(link.pagedAt(), getLocale()))));
            if (link.acknowledgedAt() == null) {
                add(confirm);
            } else {
                said(link);
            }
        } catch (RejectedInputException refusal) {
            refused(refusal);
        }
    }

    void acknowledge() {
        try {
            IncidentPages.AckLink link = pages.acknowledgeByLink(token);
            remove(confirm);
            said(link);
        } catch (RejectedInputException refusal) {
            remove(confirm);
            refused(refusal);
        }
    }

    private void said(IncidentPages.AckLink link) {
        var done = new Paragraph(getTranslation("oncall.ack.acknowledged-by", link.acknowledgedBy(),
                viewerTime.moment(link.acknowledgedAt(), getLocale())));
        done.setId(DONE_ID);
        add(done, new Anchor("requests/" + link.requestId(), getTranslation("oncall.ack.open-request")));
    }

    private void refused(RejectedInputException refusal) {
        var problem = new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments()));
        problem.setId(PROBLEM_ID);
        problem.addClassName("conflict");
        add(problem);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oncall.ack.title");
    }
}
