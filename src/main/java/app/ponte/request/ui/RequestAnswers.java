package app.ponte.request.ui;

import app.ponte.request.RequestDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Writes the answers of the guided form into a container: one labelled paragraph per answer given. */
final class RequestAnswers {

    private final Div target;

    RequestAnswers(Div target, RequestDetails request) {
        this.target = target;
        target.add(new H3(target.getTranslation("request.section.details")));
        answer("request.field.problem." + request.kind(), request.problem());
        answer("request.field.affectedPeople", request.affectedPeople());
        answer("request.field.intendedUse", request.intendedUse());
        answer("request.field.businessImpact", request.businessImpact());
        answer("request.field.desiredDate", request.desiredDate() == null ? null : request.desiredDate().toString());
        answer("request.field.desiredDateReason", request.desiredDateReason());
        answer("request.field.systems", request.systems().isEmpty() ? null : String.join(", ", request.systems()));
        answer("request.field.affectedSystem", request.affectedSystem());
        answer("request.field.severity", request.severity() == null ? null
                : target.getTranslation(request.severity().labelKey()));
        answer("request.field.steps", request.steps());
        answer("request.field.occurringSince", request.occurringSince());
        answer("request.field.systemsInvolved", request.systemsInvolved());
        answer("request.field.dataInvolved", request.dataInvolved());
        answer("request.field.personalData", request.personalData() == null ? null
                : target.getTranslation(request.personalData() ? "common.yes" : "common.no"));
    }

    private void answer(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(target.getTranslation(labelKey));
        label.getStyle().set("font-weight", "600");
        var text = new Paragraph(value);
        text.getStyle().set("white-space", "pre-wrap").set("margin-top", "0");
        target.add(label, text);
    }
}
