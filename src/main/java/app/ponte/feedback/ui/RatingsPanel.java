package app.ponte.feedback.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.feedback.MemberRating;
import app.ponte.feedback.MonthlyRating;
import app.ponte.feedback.SatisfactionResults;
import app.ponte.feedback.SurveyScore;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of the last twelve months: few columns each, and on a phone one card per row. The rows are aggregates
 * (an organisation and a month, a person, an organisation's survey), never a table's rows; an empty table says what
 * it would show and when something arrives.
 */
class RatingsPanel extends VerticalLayout {

    static final String MONTHS_ID = "satisfaction-months";
    static final String MEMBERS_ID = "satisfaction-members";
    static final String SURVEYS_ID = "satisfaction-surveys";

    final Grid<MonthlyRating> months = new Grid<>();
    final Grid<MemberRating> members = new Grid<>();
    final Grid<SurveyScore> surveys = new Grid<>();
    final Grid.Column<MonthlyRating> monthCard;
    final Grid.Column<MemberRating> memberCard;
    final Grid.Column<SurveyScore> surveyCard;
    private final Paragraph empty = new Paragraph();
    private boolean narrow;

    RatingsPanel(boolean team) {
        NarrowScreen.follow(this, () -> narrow, this::narrow);
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
        monthCard = card(months, row -> team ? LocalisedFormats.month(row.month(), locale) + " · " + row.organisationName()
                : LocalisedFormats.month(row.month(), locale), row -> getTranslation("feedback.results.card-rating",
                LocalisedFormats.decimal(row.average(), 1, locale), row.answers()));
        memberCard = card(members, MemberRating::name, row -> getTranslation("feedback.results.card-rating",
                LocalisedFormats.decimal(row.average(), 1, locale), row.answers()));
        surveyCard = card(surveys, SurveyScore::organisationName, row -> getTranslation("feedback.results.card-survey",
                String.valueOf(row.netPromoterScore()), row.answers()));
        months.setEmptyStateText(getTranslation(team ? "feedback.results.months-none.team" : "feedback.results.months-none"));
        members.setEmptyStateText(getTranslation("feedback.results.members-none"));
        surveys.setEmptyStateText(getTranslation(team ? "feedback.results.surveys-none.team" : "feedback.results.surveys-none"));
        for (Grid<?> grid : List.of(months, members, surveys)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
        }
        add(empty, new H3(getTranslation("feedback.results.by-month")), months);
        if (team) {
            add(new H3(getTranslation("feedback.results.by-member")), members);
        }
        add(new H3(getTranslation("feedback.results.surveys")), new Paragraph(getTranslation("feedback.results.nps-help")),
                surveys);
    }

    /** A hidden column for the phone: what the row is about, then its figures, one under the other. */
    private <T> Grid.Column<T> card(Grid<T> grid, Function<T, String> title, Function<T, String> figures) {
        var card = grid.addColumn(LitRenderer.<T>of("""
                        <div class="feedback-figure-card"><div class="feedback-figure-card-title">${item.title}</div>\
                        <div>${item.figures}</div></div>""")
                        .withProperty("title", title::apply).withProperty("figures", figures::apply))
                .setHeader(grid.getColumns().getFirst().getHeaderText());
        card.setVisible(false);
        return card;
    }

    /** The phone's layout (a card per row) or the tables; the window's width decides, and tests call it. */
    void narrow(boolean narrow) {
        this.narrow = narrow;
        NarrowScreen.showCards(months, monthCard, narrow);
        NarrowScreen.showCards(members, memberCard, narrow);
        NarrowScreen.showCards(surveys, surveyCard, narrow);
    }

    boolean isNarrow() {
        return narrow;
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
