package app.ponte.request.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.request.RequestDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The answers of the guided form: one labelled paragraph per answer given. */
class RequestAnswers extends Div {

    static final String ID = "request-details";

    RequestAnswers() {
        setId(ID);
    }

    void show(RequestDetails request) {
        removeAll();
        add(new H3(getTranslation("request.section.details")));
        answer("request.field.problem." + request.kind(), request.problem());
        var product = request.product();
        answer("request.field.affectedPeople", product.affectedPeople());
        answer("request.field.intendedUse", product.intendedUse());
        answer("request.field.businessImpact", product.businessImpact());
        answer("request.field.desiredDate", product.desiredDate() == null ? null : LocalisedFormats.day(product.desiredDate(), getLocale()));
        answer("request.field.desiredDateReason", product.desiredDateReason());
        answer("request.field.systems", request.systems().isEmpty() ? null : String.join(", ", request.systems()));
        answer("request.field.affectedSystem", request.affectedSystem());
        var fault = request.fault();
        answer("request.field.severity", fault.severity() == null ? null : getTranslation(fault.severity().labelKey()));
        answer("request.field.steps", fault.steps());
        answer("request.field.occurringSince", fault.occurringSince());
        var integration = request.integration();
        answer("request.field.systemsInvolved", integration.systemsInvolved());
        answer("request.field.dataInvolved", integration.dataInvolved());
        answer("request.field.personalData", integration.personalData() == null ? null
                : getTranslation(integration.personalData() ? "common.yes" : "common.no"));
    }

    private void answer(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("request-answer-label");
        var text = new Paragraph(value);
        text.addClassName("request-answer");
        add(label, text);
    }
}
