package app.ponte.feedback.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.feedback.AnswerRow;
import app.ponte.feedback.FeedbackKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One answer: who (organisation), about what, the score, resolved or not, the comment, when. */
class AnswerCard extends Div {

    AnswerCard(AnswerRow answer, ViewerTime viewerTime) {
        addClassName("feedback-answer");
        var locale = LocalisedFormats.currentLocale();
        String about = answer.kind() == FeedbackKind.DELIVERY
                ? getTranslation("feedback.answer.delivery", answer.title())
                : getTranslation("feedback.answer.survey");
        var heading = new Paragraph(new Span(answer.organisationName()), new Span(" · "), new Span(about));
        heading.addClassName("feedback-answer-heading");
        String score = answer.kind() == FeedbackKind.DELIVERY
                ? getTranslation("feedback.answer.rating", answer.score())
                : getTranslation("feedback.answer.score", answer.score());
        var figures = new Paragraph(new Span(score));
        if (answer.resolved() != null) {
            figures.add(new Span(" · "), new Span(getTranslation(answer.resolved()
                    ? "feedback.answer.resolved" : "feedback.answer.not-resolved")));
        }
        figures.add(new Span(" · "), new Span(viewerTime.format(answer.answeredAt(), locale)));
        add(heading, figures);
        if (answer.comment() != null) {
            var comment = new Paragraph(answer.comment());
            comment.addClassName("feedback-answer-comment");
            add(comment);
        }
    }
}
