package app.ponte.request.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.request.RequestSupport;
import app.ponte.request.SharedRequestSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Another organisation's request that the team shared, or that the viewer's organisation supports: what is
 * asked and where it stands, and the viewer's organisation's support with its own impact statement. Nothing
 * of the requester's side.
 */
class SharedRequestPanel extends VerticalLayout {

    final H2 heading = new H2();
    final Span status = new Span();
    final Paragraph intro = new Paragraph();
    final Paragraph description = new Paragraph();
    final Paragraph supporters = new Paragraph();
    final TextArea impact = new TextArea();
    final Button support = new Button();

    private final RequestSupport requestSupport;
    private long requestId;

    SharedRequestPanel(RequestSupport requestSupport) {
        this.requestSupport = requestSupport;
        setPadding(false);
        setId("shared-request");
        status.getElement().getThemeList().add("badge");
        description.addClassName("request-text");
        impact.setLabel(getTranslation("request.support.impact"));
        impact.setHelperText(getTranslation("request.support.impact-help"));
        impact.setWidthFull();
        impact.setMaxLength(1000);
        support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        support.addClickListener(e -> support());
        add(heading, status, intro, description, supporters, impact, support);
    }

    void show(SharedRequestSummary request) {
        this.requestId = request.id();
        heading.setText(request.title());
        status.setText(getTranslation(request.kind().labelKey()) + " · " + getTranslation(request.status().labelKey()));
        intro.setText(getTranslation(request.sharedWithAll() ? "request.shared.intro" : "request.supported.intro"));
        description.setText(request.problem());
        supporters.setText(getTranslation("request.shared.supporters", request.supporters()));
        if (request.ownImpact() != null && impact.isEmpty()) {
            impact.setValue(request.ownImpact());
        }
        support.setText(getTranslation(request.ownImpact() == null ? "request.support.add" : "request.support.update"));
    }

    private void support() {
        if (new FieldRefusals(Map.of("impact", impact), impact)
                .attempt(() -> requestSupport.support(requestId, impact.getValue()))) {
            Toasts.done(getTranslation("request.support.done"));
            show(requestSupport.shared(requestId));
        }
    }
}
