package app.ponte.feedback.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.base.ui.ViewerTime;
import app.ponte.feedback.FeedbackForms;
import app.ponte.feedback.FeedbackKind;
import app.ponte.feedback.FeedbackLinkException;
import app.ponte.feedback.FeedbackPreview;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a feedback or survey e-mail's link leads, without signing in: the token is the proof. The page shows the
 * request's title (a survey: the organisation's name) and the form, nothing else about the request; a link that
 * is unknown, expired, replaced or already answered gets a clear page instead. It speaks the recipient's language.
 */
@Route(value = "feedback/:token", autoLayout = false)
@AnonymousAllowed
class FeedbackPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String HEADING_ID = "feedback-heading";

    private final FeedbackForms forms;
    private final ViewerTime viewerTime;

    FeedbackPageView(FeedbackForms forms, ViewerTime viewerTime) {
        this.forms = forms;
        this.viewerTime = viewerTime;
        setMaxWidth("40rem");
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("app.name")));
        try {
            FeedbackPreview form = forms.open(token, clientAddress());
            UI.getCurrent().setLocale(TranslationProvider.fromTag(form.languageTag()));
            removeAll();
            add(new H1(getTranslation("app.name")));
            var heading = new H2(form.kind() == FeedbackKind.DELIVERY
                    ? getTranslation("feedback.page.delivery", form.title())
                    : getTranslation("feedback.page.survey", form.organisationName()));
            heading.setId(HEADING_ID);
            add(heading, new FeedbackFormPanel(form, answer -> forms.answer(token, answer, clientAddress()),
                    this::unusable));
        } catch (FeedbackLinkException e) {
            unusable(e);
        }
    }

    private void unusable(FeedbackLinkException problem) {
        removeAll();
        add(new H1(getTranslation("app.name")), new FeedbackProblemPanel(problem, viewerTime.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.page.title");
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
