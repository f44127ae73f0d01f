package app.ponte.roadmap.ui;

import app.ponte.base.Reason;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.planning.PlannedWork;
import app.ponte.roadmap.MilestonePlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Taking a request out of a milestone: the reason its followers will read, and what it means for the date
 * promised to its organisation. A refused reason or a concurrent change keeps the dialog and what was typed; a
 * reason naming another organisation is confirmed first.
 */
class TakeOutDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Span message = new Span();

    TakeOutDialog(RoadmapChanges roadmap, MilestonePlan plan, PlannedWork work, Runnable done) {
        setHeaderTitle(getTranslation("roadmap.take-out.title", work.requestId(), plan.milestone().title()));
        reason.setLabel(getTranslation("roadmap.take-out.reason"));
        reason.setId("take-out-reason");
        reason.setMaxLength(Reason.MAX);
        reason.setWidthFull();
        confirm.setText(getTranslation("roadmap.take-out.confirm"));
        confirm.setId("take-out-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var refusals = new FieldRefusals(Map.of("reason", reason), reason)
                .whenChangedMeanwhile(() -> message.setText(getTranslation("roadmap.changed-meanwhile")));
        confirm.addClickListener(e -> {
            message.setText("");
            String why = reason.getValue();
            long milestoneId = plan.milestone().id();
            MentionCheck.thenSave(this, () -> roadmap.mentions().inTakeOut(milestoneId, work.requestId(), why), () -> {
                if (refusals.attempt(() -> roadmap.scope().unlink(milestoneId, work.requestId(), why,
                        plan.milestone().version()))) {
                    close();
                    done.run();
                }
            });
        });
        add(new Paragraph(getTranslation("roadmap.take-out.hint")), reason, message);
        getFooter().add(new Button(getTranslation("roadmap.close"), e -> close()), confirm);
        setWidth("32rem");
    }
}
