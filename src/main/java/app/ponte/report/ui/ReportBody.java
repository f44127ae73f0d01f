package app.ponte.report.ui;

import app.ponte.report.ReportContent;
import app.ponte.report.ReportDocuments;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/** TRANSITIONAL skeleton (issue 17): one report's page body in the viewer's language, charts as SVG. */
class ReportBody extends Composite<Div> {

    ReportBody(ReportContent content, ReportDocuments documents) {
    }
}
