package app.ponte.request.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.SavedNote;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestWorkflow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * What the requester does with their own request: re-open it within the window after delivery, saying what is
 * still missing; or withdraw it while it is open. Withdrawing cannot be undone: it sits apart, folded away at the
 * end of the part, and is confirmed first; the reason given goes into the history with the change. Shown only when
 * one of the two is possible.
 */
class RequesterActions extends RequestPagePart {

    static final String ID = "request-requester-actions";

    final TextArea reopenReason = new TextArea();
    final Button reopen = new Button();
    final Details dangerZone = new Details();
    final TextArea withdrawReason = new TextArea();
    final Button withdraw = new Button();
    final SavedNote saved = new SavedNote("request-requester-saved");

    private final RequestWorkflow workflow;
    private RequestDetails shown;

    RequesterActions(RequestWorkflow workflow) {
        this.workflow = workflow;
        setId(ID);
        reopenReason.setLabel(getTranslation("request.reopen.reason"));
        reopenReason.setWidthFull();
        reopen.setText(getTranslation("request.reopen"));
        reopen.addClickListener(e -> {
            if (refusals(reopenReason).attempt(() -> workflow.reopen(shown.id(), reopenReason.getValue(),
                    shown.version()))) {
                reopenReason.clear();
                done(getTranslation("request.reopen.done"));
            }
        });
        withdrawReason.setId("request-withdraw-reason");
        withdrawReason.setLabel(getTranslation("request.withdraw.reason"));
        withdrawReason.setWidthFull();
        withdrawReason.setMaxLength(2000);
        withdraw.setId("request-withdraw");
        withdraw.setText(getTranslation("request.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> confirmWithdrawal());
        dangerZone.setId("request-withdraw-zone");
        dangerZone.setSummaryText(getTranslation("request.withdraw.zone"));
        dangerZone.addClassName("danger-zone");
        dangerZone.add(new Paragraph(getTranslation("request.withdraw.explained")), withdrawReason, withdraw);
        add(reopenReason, reopen, saved, dangerZone);
    }

    @Override
    void show(RequestDetails request) {
        this.shown = request;
        var viewer = request.viewer();
        dangerZone.setVisible(viewer.withdrawable());
        withdraw.setVisible(viewer.withdrawable());
        reopenReason.setVisible(viewer.reopenable());
        reopen.setVisible(viewer.reopenable());
        setVisible(viewer.withdrawable() || viewer.reopenable());
    }

    /** Asks before withdrawing; going back is the default. */
    ConfirmDialog confirmWithdrawal() {
        var dialog = new ConfirmDialog();
        dialog.setId("request-withdraw-confirm");
        dialog.setHeader(getTranslation("request.withdraw.confirm-title", shown.id()));
        dialog.setText(getTranslation("request.withdraw.confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("request.withdraw.keep"));
        dialog.setConfirmText(getTranslation("request.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> withdrawNow());
        dialog.open();
        return dialog;
    }

    private void withdrawNow() {
        String reason = withdrawReason.getValue().isBlank() ? null : withdrawReason.getValue();
        if (refusals(withdrawReason).attempt(() -> workflow.withdraw(shown.id(), reason, shown.version()))) {
            withdrawReason.clear();
            done(getTranslation("request.withdraw.done"));
        }
    }

    private void done(String text) {
        saved.say(text);
        changed(text);
    }

    /** Every refusal of the requester's actions concerns the reason or the request's state: next to the reason. */
    private FieldRefusals refusals(TextArea reason) {
        saved.clear();
        return new FieldRefusals(Map.of("note", reason), reason).whenChangedMeanwhile(this::changedMeanwhile);
    }
}
