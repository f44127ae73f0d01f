package app.ponte.report.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.Toasts;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.report.ProgressReports;
import app.ponte.report.ReportContent;
import app.ponte.report.ReportDocuments;
import app.ponte.report.ReportPeriod;
import app.ponte.report.ReportPeriodKind;
import app.ponte.report.ReportPeriodWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The team's "Preview" and "Send now": an organisation, a kind of period and one of its periods that have ended;
 * the preview shows the report's body as it would read, stored nowhere; "send now" asks first, then stores the
 * report with the note and queues its e-mails. A refusal (a period not ended, its report sent already) shows on the
 * period.
 */
class ReportOrderDialog extends Dialog {

    static final String ORGANISATION_ID = "report-order-organisation";
    static final String KIND_ID = "report-order-kind";
    static final String PERIOD_ID = "report-order-period";
    static final String NOTE_ID = "report-order-note";
    static final String SHOW_ID = "report-order-show";
    static final String SEND_ID = "report-order-send";
    static final String BODY_ID = "report-order-body";
    static final int PERIODS = 12;

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Select<ReportPeriodKind> kind = new Select<>();
    final Select<ReportPeriod> period = new Select<>();
    final TextArea note = new TextArea();
    final Div body = new Div();
    private final ProgressReports reports;
    private final ReportDocuments documents;
    private final FieldRefusals refusals;
    private final Runnable sent;

    ReportOrderDialog(ProgressReports reports, ReportDocuments documents, Organisations organisations,
            @Nullable OrganisationSummary chosen, boolean sending, Runnable sent) {
        this.reports = reports;
        this.documents = documents;
        this.sent = sent;
        addClassName("report-order-dialog");
        setHeaderTitle(getTranslation(sending ? "report.send.title" : "report.preview.title"));
        setWidth("min(60rem, 100%)");
        organisation.setId(ORGANISATION_ID);
        organisation.setLabel(getTranslation("report.list.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                toSpringPageRequest(query)).stream());
        organisation.setRequiredIndicatorVisible(true);
        kind.setId(KIND_ID);
        kind.setLabel(getTranslation("report.schedule.kind"));
        kind.setItems(ReportPeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ReportPeriodKind.MONTHLY);
        period.setId(PERIOD_ID);
        period.setLabel(getTranslation("report.list.period"));
        period.setItemLabelGenerator(p -> ReportPeriodWords.label(p, LocalisedFormats.currentLocale(),
                (key, args) -> getTranslation(key, args)));
        period.setRequiredIndicatorVisible(true);
        organisation.addValueChangeListener(e -> periods());
        kind.addValueChangeListener(e -> periods());
        if (chosen != null) {
            organisation.setValue(chosen);
        }
        note.setId(NOTE_ID);
        note.setLabel(getTranslation("report.send.note"));
        note.setHelperText(getTranslation("report.send.note-help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setVisible(sending);
        body.setId(BODY_ID);
        body.setWidthFull();
        refusals = new FieldRefusals(Map.of("period", period, "note", note), period);
        var fields = new HorizontalLayout(organisation, kind, period);
        fields.setWrap(true);
        add(fields, note, body);
        var show = new Button(getTranslation("report.preview.show"), e -> preview());
        show.setId(SHOW_ID);
        var close = new Button(getTranslation("report.close"), e -> close());
        getFooter().add(close, show);
        if (sending) {
            var send = new Button(getTranslation("report.send"), e -> confirmSending());
            send.setId(SEND_ID);
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(send);
        } else {
            show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private void periods() {
        period.clear();
        if (organisation.getValue() == null || kind.getValue() == null) {
            period.setItems(List.of());
            return;
        }
        List<ReportPeriod> ended = reports.endedPeriods(organisation.getValue().id(), kind.getValue(), PERIODS);
        period.setItems(ended);
        period.setValue(ended.isEmpty() ? null : ended.getFirst());
    }

    /** Shows the chosen period's report as it would read; stores nothing. */
    void preview() {
        if (!chosen()) {
            return;
        }
        refusals.attempt(() -> {
            ReportContent content = reports.preview(organisation.getValue().id(), period.getValue());
            body.removeAll();
            body.add(new ReportBody(content, documents));
        });
    }

    /** Asks before sending: an e-mail cannot be taken back. */
    ConfirmDialog confirmSending() {
        var confirm = new ConfirmDialog();
        confirm.setId("report-send-confirm");
        if (!chosen()) {
            return confirm;
        }
        confirm.setHeader(getTranslation("report.send.confirm-title"));
        confirm.setText(getTranslation("report.send.confirm-text", organisation.getValue().name(),
                period.getItemLabelGenerator().apply(period.getValue())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("report.send.keep"));
        confirm.setConfirmText(getTranslation("report.send"));
        confirm.addConfirmListener(e -> sendNow());
        confirm.open();
        return confirm;
    }

    void sendNow() {
        String written = note.getValue().isBlank() ? null : note.getValue();
        if (refusals.attempt(() -> reports.sendNow(organisation.getValue().id(), period.getValue(), written))) {
            Toasts.done(getTranslation("report.send.done", organisation.getValue().name()));
            close();
            sent.run();
        }
    }

    private boolean chosen() {
        boolean missing = false;
        if (organisation.getValue() == null) {
            organisation.setErrorMessage(getTranslation("input.required"));
            organisation.setInvalid(true);
            missing = true;
        }
        if (period.getValue() == null) {
            period.setErrorMessage(getTranslation("input.required"));
            period.setInvalid(true);
            missing = true;
        }
        return !missing;
    }
}
