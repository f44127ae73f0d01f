package app.ponte.organisation.ui;

import app.ponte.organisation.LinkProblem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The clear page for a link that is unknown, expired, used or revoked: no error trace, a way on. */
class LinkProblemPanel extends Div {

    static final String ID = "link-problem";

    LinkProblemPanel(LinkProblem problem) {
        setId(ID);
        add(new H2(getTranslation("link.problem.title")), new Paragraph(getTranslation(problem.messageKey())),
                new Anchor("forgot-password", getTranslation("link.problem.new-reset")),
                new Paragraph(), new Anchor("login", getTranslation("link.problem.to-login")));
    }
}
