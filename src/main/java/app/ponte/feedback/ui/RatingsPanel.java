package app.ponte.feedback.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.feedback.MemberRating;
import app.ponte.feedback.MonthlyRating;
import app.ponte.feedback.SatisfactionResults;
import app.ponte.feedback.SurveyScore;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The figures of the last twelve months: few columns each, so they read on a phone. The rows are aggregates (an
 * organisation and a month, a person, an organisation's survey), never a table's rows.
 */
class RatingsPanel extends VerticalLayout {

    static final String MONTHS_ID = "satisfaction-months";
    static final String MEMBERS_ID = "satisfaction-members";
    static final String SURVEYS_ID = "satisfaction-surveys";

    final Grid<MonthlyRating> months = new Grid<>();
    final Grid<MemberRating> members = new Grid<>();
    final Grid<SurveyScore> surveys = new Grid<>();
    private final Paragraph empty = new Paragraph();

    RatingsPanel(boolean team) {
        setPadding(false);
        var locale = LocalisedFormats.currentLocale();
        months.setId(MONTHS_ID);
        months.addColumn(row -> LocalisedFormats.month(row.month(), locale))
                .setHeader(getTranslation("feedback.results.month")).setAutoWidth(true);
        if (team) {
            months.addColumn(MonthlyRating::organisationName).setHeader(getTranslation("feedback.results.organisation"))
                    .setFlexGrow(2);
        }
        months.addColumn(row -> LocalisedFormats.decimal(row.average(), 1, locale))
                .setHeader(getTranslation("feedback.results.average")).setAutoWidth(true);
        months.addColumn(row -> LocalisedFormats.count(row.answers(), locale))
                .setHeader(getTranslation("feedback.results.count")).setAutoWidth(true);
        members.setId(MEMBERS_ID);
        members.addColumn(MemberRating::name).setHeader(getTranslation("feedback.results.member")).setFlexGrow(2);
        members.addColumn(row -> LocalisedFormats.decimal(row.average(), 1, locale))
                .setHeader(getTranslation("feedback.results.average")).setAutoWidth(true);
        members.addColumn(row -> LocalisedFormats.count(row.answers(), locale))
                .setHeader(getTranslation("feedback.results.count")).setAutoWidth(true);
        surveys.setId(SURVEYS_ID);
        surveys.addColumn(SurveyScore::organisationName).setHeader(getTranslation("feedback.results.organisation"))
                .setFlexGrow(2);
        surveys.addColumn(row -> String.valueOf(row.netPromoterScore()))
                .setHeader(getTranslation("feedback.results.nps")).setAutoWidth(true)
                .setTooltipGenerator(row -> getTranslation("feedback.results.nps-detail", row.promoters(),
                        row.detractors(), row.answers()));
        surveys.addColumn(row -> LocalisedFormats.count(row.answers(), locale))
                .setHeader(getTranslation("feedback.results.count")).setAutoWidth(true);
        for (Grid<?> grid : java.util.List.of(months, members, surveys)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
        }
        add(empty, new H2(getTranslation("feedback.results.by-month")), months);
        if (team) {
            add(new H2(getTranslation("feedback.results.by-member")), members);
        }
        add(new H2(getTranslation("feedback.results.surveys")), new Paragraph(getTranslation("feedback.results.nps-help")),
                surveys);
    }

    void show(SatisfactionResults results) {
        months.setItems(results.months());
        members.setItems(results.members());
        surveys.setItems(results.surveys());
        empty.setText(results.months().isEmpty() && results.surveys().isEmpty()
                ? getTranslation("feedback.results.none") : "");
        empty.setVisible(results.months().isEmpty() && results.surveys().isEmpty());
    }
}
