package app.ponte.request.ui;

import app.ponte.base.RejectedInputException;
import app.ponte.request.RequestSupport;
import app.ponte.request.SharedRequestSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Another organisation's request that the team shared: what is asked and where it stands, and the
 * viewer's organisation's support with its own impact statement. Nothing of the requester's side.
 */
class SharedRequestPanel extends VerticalLayout {

    final H2 heading = new H2();
    final Span status = new Span();
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
        description.getStyle().set("white-space", "pre-wrap");
        impact.setLabel(getTranslation("request.support.impact"));
        impact.setHelperText(getTranslation("request.support.impact-help"));
        impact.setWidthFull();
        impact.setMaxLength(1000);
        support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        support.addClickListener(e -> support());
        add(heading, status, new Paragraph(getTranslation("request.shared.intro")), description, supporters, impact,
                support);
    }

    void show(SharedRequestSummary request) {
        this.requestId = request.id();
        heading.setText(request.title());
        status.setText(getTranslation(request.kind().labelKey()) + " · " + getTranslation(request.status().labelKey()));
        description.setText(request.problem());
        supporters.setText(getTranslation("request.shared.supporters", request.supporters()));
        if (request.ownImpact() != null && impact.isEmpty()) {
            impact.setValue(request.ownImpact());
        }
        support.setText(getTranslation(request.ownImpact() == null ? "request.support.add" : "request.support.update"));
    }

    private void support() {
        impact.setInvalid(false);
        try {
            requestSupport.support(requestId, impact.getValue());
            Notification.show(getTranslation("request.support.done"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(requestSupport.shared(requestId));
        } catch (RejectedInputException e) {
            impact.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            impact.setInvalid(true);
        }
    }
}
