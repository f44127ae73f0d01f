package app.ponte.request.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestWorkflow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * What the requester does with their own request: withdraw it while it is open, or re-open it within the
 * window after delivery, saying what is still missing. Shown only when one of the two is possible.
 */
class RequesterActions extends RequestPagePart {

    static final String ID = "request-requester-actions";

    final Button withdraw = new Button();
    final TextArea reopenReason = new TextArea();
    final Button reopen = new Button();

    private final RequestWorkflow workflow;
    private RequestDetails shown;

    RequesterActions(RequestWorkflow workflow) {
        this.workflow = workflow;
        setId(ID);
        withdraw.setId("request-withdraw");
        withdraw.setText(getTranslation("request.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> {
            if (refusals().attempt(() -> workflow.withdraw(shown.id(), null, shown.version()))) {
                changed(getTranslation("request.withdraw.done"));
            }
        });
        reopenReason.setLabel(getTranslation("request.reopen.reason"));
        reopenReason.setWidthFull();
        reopen.setText(getTranslation("request.reopen"));
        reopen.addClickListener(e -> {
            if (refusals().attempt(() -> workflow.reopen(shown.id(), reopenReason.getValue(), shown.version()))) {
                reopenReason.clear();
                changed(getTranslation("request.reopen.done"));
            }
        });
        add(withdraw, reopenReason, reopen);
    }

    @Override
    void show(RequestDetails request) {
        this.shown = request;
        var viewer = request.viewer();
        withdraw.setVisible(viewer.withdrawable());
        reopenReason.setVisible(viewer.reopenable());
        reopen.setVisible(viewer.reopenable());
        setVisible(viewer.withdrawable() || viewer.reopenable());
    }

    /** Every refusal of the requester's actions concerns the reason or the request's state: next to the reason. */
    private FieldRefusals refusals() {
        return new FieldRefusals(Map.of("note", reopenReason), reopenReason)
                .whenChangedMeanwhile(this::changedMeanwhile);
    }
}
