package app.ponte.feedback.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.feedback.FeedbackForms;
import app.ponte.feedback.FeedbackProblem;
import app.ponte.feedback.RequestFeedback;
import app.ponte.request.RequestDetails;
import app.ponte.request.ui.RequestPageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Optional;

/**
 * Feedback's part of the request page. Its requester, signed in, answers "How did it go?" here (the same form the
 * e-mail's link opens: answering in one place closes the other); the team reads the answers given about it.
 */
@org.springframework.stereotype.Component
class FeedbackSection implements RequestPageSection {

    static final String ID = "feedback-section";

    private final FeedbackForms forms;
    private final ViewerTime viewerTime;

    FeedbackSection(FeedbackForms forms, ViewerTime viewerTime) {
        this.forms = forms;
        this.viewerTime = viewerTime;
    }

    @Override
    public Optional<Component> sectionFor(RequestDetails request) {
        RequestFeedback feedback = forms.forRequest(request.id());
        if (feedback.isEmpty()) {
            return Optional.empty();
        }
        var section = new Div();
        section.setId(ID);
        section.addClassName("feedback-section");
        section.add(new H3(section.getTranslation("feedback.section.title")));
        if (feedback.form().isPresent()) {
            var form = feedback.form().get();
            section.add(new FeedbackFormPanel(form, answer -> forms.answerMine(form.id(), answer), problem -> {
                section.removeAll();
                section.add(new H3(section.getTranslation("feedback.section.title")),
                        new FeedbackProblemPanel(problem, viewerTime.zone()));
            }));
        } else if (feedback.answeredAt() != null) {
            section.add(new FeedbackProblemPanel(FeedbackProblem.ANSWERED, feedback.answeredAt(), viewerTime.zone()));
        }
        feedback.answers().forEach(answer -> section.add(new AnswerCard(answer, viewerTime)));
        return Optional.of(section);
    }
}
