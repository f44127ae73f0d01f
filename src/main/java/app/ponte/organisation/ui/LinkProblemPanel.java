package app.ponte.organisation.ui;

import app.ponte.organisation.LinkProblem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The clear page for a link that is unknown, expired, used, declined, replaced or withdrawn: no error trace, a
 * way on. A password link offers a new password link; an invitation tells who can send a new one.
 */
class LinkProblemPanel extends Div {

    static final String ID = "link-problem";
    static final String NEXT_ID = "link-problem-next";

    enum Kind { INVITATION, PASSWORD_RESET }

    LinkProblemPanel(LinkProblem problem, Kind kind) {
        setId(ID);
        add(new H2(getTranslation("link.problem.title")), new Paragraph(getTranslation(messageKey(problem, kind))));
        if (kind == Kind.INVITATION) {
            var next = new Paragraph(getTranslation("link.problem.invitation.next"));
            next.setId(NEXT_ID);
            add(next);
        } else {
            var next = new Anchor("forgot-password", getTranslation("link.problem.new-reset"));
            next.setId(NEXT_ID);
            add(next, new Paragraph());
        }
        add(new Anchor("login", getTranslation("link.problem.to-login")));
    }

    private static String messageKey(LinkProblem problem, Kind kind) {
        return kind == Kind.INVITATION && problem == LinkProblem.EXPIRED ? "link.problem.invitation.EXPIRED"
                : problem.messageKey();
    }
}
