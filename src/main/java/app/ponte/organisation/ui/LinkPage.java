package app.ponte.organisation.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.organisation.InvalidLinkException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page opened from an e-mailed single-use link (an invitation, a password reset): the app's name on top,
 * the page's form while the link can be used, a clear page when it cannot, and the way to sign in when done.
 */
abstract class LinkPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private String token = "";

    LinkPage(String maxWidth) {
        setMaxWidth(maxWidth);
        addClassName("narrow-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("app.name")));
        try {
            showForm(token);
        } catch (InvalidLinkException e) {
            add(new LinkProblemPanel(e.problem(), linkKind()));
        }
    }

    /** What kind of link the page opens: it decides what a page for an unusable link offers. */
    LinkProblemPanel.Kind linkKind() {
        return LinkProblemPanel.Kind.PASSWORD_RESET;
    }

    /** Checks the link and adds the page's form; {@link InvalidLinkException} when the link cannot be used. */
    abstract void showForm(String token);

    /**
     * Does what the link allows: refusals go on the fields, and once done, {@code doneKey}'s text (with
     * {@code doneId}) and the way to sign in replace the form.
     */
    void complete(FieldRefusals refusals, LinkAction action, String doneKey, String doneId) {
        try {
            if (refusals.attempt(() -> action.run(token))) {
                removeAll();
                var done = new Paragraph(getTranslation(doneKey));
                done.setId(doneId);
                add(new H1(getTranslation("app.name")), done,
                        new Anchor("login", getTranslation("invitation.to-login")));
            }
        } catch (InvalidLinkException e) {
            removeAll();
            add(new LinkProblemPanel(e.problem(), linkKind()));
        }
    }

    /** The change a link allows, given the link's token. */
    @FunctionalInterface
    interface LinkAction {
        void run(String token);
    }
}
