package app.ponte.feedback.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.feedback.FeedbackAnswer;
import app.ponte.feedback.FeedbackKind;
import app.ponte.feedback.FeedbackLinkException;
import app.ponte.feedback.FeedbackPreview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The form itself, the same on the public page, on the request page and on the satisfaction page: the score as a
 * radio group (a labelled group keyboard and screen readers know, each choice said in words for a delivery),
 * "was it resolved?" for a delivery, an optional comment. A refusal goes on its field and keeps what was typed;
 * once sent, thanks replace the form; a form that cannot be answered any more says why ({@code unusable}).
 */
class FeedbackFormPanel extends VerticalLayout {

    static final String SCORE_ID = "feedback-score";
    static final String RESOLVED_ID = "feedback-resolved";
    static final String COMMENT_ID = "feedback-comment";
    static final String SEND_ID = "feedback-send";
    static final String THANKS_ID = "feedback-thanks";

    final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> resolved = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button send = new Button();

    FeedbackFormPanel(FeedbackPreview form, Consumer<FeedbackAnswer> submit,
            Consumer<FeedbackLinkException> unusable) {
        setPadding(false);
        addClassName("feedback-form");
        FeedbackKind kind = form.kind();
        score.setId(SCORE_ID);
        score.addClassName("feedback-score");
        score.setItems(IntStream.rangeClosed(kind.lowest(), kind.highest()).boxed().toList());
        if (kind == FeedbackKind.DELIVERY) {
            score.setLabel(getTranslation("feedback.form.rating"));
            score.setItemLabelGenerator(value -> getTranslation("feedback.rating." + value));
        } else {
            score.setLabel(getTranslation("feedback.form.recommend"));
            score.setItemLabelGenerator(String::valueOf);
            score.setHelperText(getTranslation("feedback.form.recommend-scale"));
        }
        score.setRequiredIndicatorVisible(true);
        add(score);
        if (kind == FeedbackKind.DELIVERY) {
            resolved.setId(RESOLVED_ID);
            resolved.setLabel(getTranslation("feedback.form.resolved"));
            resolved.setItems(true, false);
            resolved.setItemLabelGenerator(yes -> getTranslation(yes ? "feedback.form.yes" : "feedback.form.no"));
            resolved.setRequiredIndicatorVisible(true);
            add(resolved);
        }
        comment.setId(COMMENT_ID);
        comment.setLabel(getTranslation("feedback.form.comment"));
        comment.setMaxLength(FeedbackAnswer.COMMENT_MAX);
        comment.setWidthFull();
        add(comment);
        send.setId(SEND_ID);
        send.setText(getTranslation("feedback.form.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var refusals = new FieldRefusals(Map.of("score", score, "resolved", resolved, "comment", comment), comment);
        send.addClickListener(e -> {
            try {
                if (refusals.attempt(() -> submit.accept(new FeedbackAnswer(score.getValue(), comment.getValue(),
                        kind == FeedbackKind.DELIVERY ? resolved.getValue() : null)))) {
                    removeAll();
                    var thanks = new Paragraph(getTranslation("feedback.form.thanks"));
                    thanks.setId(THANKS_ID);
                    add(thanks);
                }
            } catch (FeedbackLinkException refused) {
                unusable.accept(refused);
            }
        });
        add(send);
    }
}
