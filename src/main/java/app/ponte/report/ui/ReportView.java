package app.ponte.report.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.report.ProgressReports;
import app.ponte.report.ReportDocuments;
import app.ponte.report.ReportPdfFile;
import app.ponte.report.ReportPeriodWords;
import app.ponte.report.StoredReport;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.Locale;

/**
 * One stored report: the organisation and period in the reader's language, when it was generated and sent, the
 * team's note, the body, and its PDF. The service decides who may read it; another organisation's id is "not found".
 */
@Route("reports/:id([0-9]{1,18})")
@PermitAll
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String HEADING_ID = "report-heading";
    static final String PDF_ID = "report-pdf";
    static final String NOTE_ID = "report-note";

    final H2 heading = new H2();
    final Paragraph generated = new Paragraph();
    final Paragraph note = new Paragraph();
    final Anchor pdf = new Anchor();
    final Div body = new Div();
    private final ProgressReports reports;
    private final ReportDocuments documents;
    private final ViewerTime viewerTime;

    ReportView(ProgressReports reports, ReportDocuments documents, ViewerTime viewerTime) {
        this.reports = reports;
        this.documents = documents;
        this.viewerTime = viewerTime;
        addClassName("report-page");
        heading.setId(HEADING_ID);
        note.setId(NOTE_ID);
        note.addClassName("report-note");
        pdf.setId(PDF_ID);
        pdf.setText(getTranslation("report.pdf"));
        body.setWidthFull();
        add(heading, generated, note, pdf, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            show(reports.report(id));
        } catch (NotFoundInScopeException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(StoredReport report) {
        Locale locale = LocalisedFormats.currentLocale();
        var content = report.content();
        heading.setText(getTranslation("report.page.heading", report.organisationName(),
                ReportPeriodWords.label(content.period(), locale, (key, args) -> getTranslation(key, args))));
        generated.setText(getTranslation("report.page.generated", viewerTime.format(report.generatedAt(), locale)));
        note.setText(report.note() == null ? "" : getTranslation("report.page.note", report.note()));
        note.setVisible(report.note() != null);
        pdf.setHref(download(report.id(), locale));
        body.removeAll();
        body.add(new ReportBody(content, documents).withoutTitle());
    }

    private DownloadHandler download(long id, Locale locale) {
        return event -> {
            ReportPdfFile file = reports.pdf(id, locale);
            event.setFileName(file.fileName());
            event.setContentType("application/pdf");
            event.setContentLength(file.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
