package app.ponte.base.ui;

import app.ponte.base.ErrorReference;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A view that failed to open: a translated apology with a reference; the cause goes to the log. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class InternalErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    static final String ID = "internal-error";
    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    InternalErrorView() {
        setId(ID);
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error("View {} failed, reference {}", event.getLocation().getPath(), reference, parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.internal.title")),
                new Paragraph(getTranslation("error.internal.text", reference)),
                new Anchor(".", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title");
    }
}
