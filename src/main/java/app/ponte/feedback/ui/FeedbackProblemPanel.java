package app.ponte.feedback.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.feedback.FeedbackLinkException;
import app.ponte.feedback.FeedbackProblem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Why a form cannot be answered, said kindly: an answer already given is thanked, with its day. */
class FeedbackProblemPanel extends Div {

    static final String ID = "feedback-problem";

    FeedbackProblemPanel(FeedbackLinkException refusal, ZoneId zone) {
        this(refusal.problem(), refusal.answeredAt(), zone);
    }

    FeedbackProblemPanel(FeedbackProblem problem, @Nullable Instant answeredAt, ZoneId zone) {
        setId(ID);
        addClassName("feedback-problem");
        String text = problem == FeedbackProblem.ANSWERED && answeredAt != null
                ? getTranslation(problem.messageKey(), LocalisedFormats.day(LocalDate.ofInstant(answeredAt, zone),
                        LocalisedFormats.currentLocale()))
                : getTranslation(problem.messageKey(), "");
        add(new Paragraph(text));
    }
}
