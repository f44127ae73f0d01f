package app.ponte.planning.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.Days;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.planning.Backlog;
import app.ponte.planning.Confidence;
import app.ponte.planning.Lane;
import app.ponte.planning.RankMoveEntry;
import app.ponte.planning.ScoreCard;
import app.ponte.base.ui.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.Map;

/**
 * The team's view of where a request ranks and why: position and score, each input with its points and
 * weight, the formula, the dates the schedule gives, the manual moves with their reasons; and the team's
 * own inputs (impact, confidence) to rate it.
 */
class ScorePanel extends Div {

    final Paragraph standing = new Paragraph();
    final UnorderedList inputs = new UnorderedList();
    final Paragraph formula = new Paragraph();
    final Paragraph dates = new Paragraph();
    final UnorderedList moves = new UnorderedList();
    final Select<Integer> impact = new Select<>();
    final Select<Confidence> confidence = new Select<>();
    final Button rate = new Button();
    final Span message = new Span();

    private final Backlog backlog;
    private final ViewerTime viewerTime;
    private final long requestId;
    private final FieldRefusals refusals;
    private ScoreCard card;

    ScorePanel(Backlog backlog, ViewerTime viewerTime, long requestId) {
        this.backlog = backlog;
        this.viewerTime = viewerTime;
        this.requestId = requestId;
        setId("score-panel");
        impact.setLabel(getTranslation("planning.input.impact"));
        impact.setItems(1, 2, 3, 4, 5);
        impact.setEmptySelectionAllowed(true);
        impact.setEmptySelectionCaption(getTranslation("planning.unrated"));
        impact.setItemLabelGenerator(i -> i == null ? getTranslation("planning.unrated")
                : getTranslation("planning.impact." + i));
        confidence.setLabel(getTranslation("planning.input.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setEmptySelectionAllowed(true);
        confidence.setEmptySelectionCaption(getTranslation("planning.unrated"));
        confidence.setItemLabelGenerator(c -> c == null ? getTranslation("planning.unrated")
                : getTranslation(c.labelKey()));
        rate.setText(getTranslation("planning.rate"));
        rate.setId("rate-request");
        rate.addClickListener(e -> save());
        var form = new HorizontalLayout(impact, confidence, rate);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("planning.section")), standing, inputs, formula, dates, form, message,
                moves);
        refusals = new FieldRefusals(Map.of("impact", impact, "confidence", confidence), impact)
                .whenChangedMeanwhile(() -> {
                    show(backlog.card(requestId));
                    message.setText(getTranslation("planning.conflict"));
                });
        show(backlog.card(requestId));
    }

    private void show(ScoreCard shown) {
        this.card = shown;
        Locale locale = getLocale();
        String score = LocalisedFormats.decimal(shown.score(), 1, locale);
        standing.setText(shown.placedManually()
                ? getTranslation("planning.standing.manual", shown.position(), getTranslation(shown.lane().labelKey()),
                        score, LocalisedFormats.decimal(shown.computedScore(), 1, locale))
                : getTranslation("planning.standing", shown.position(), getTranslation(shown.lane().labelKey()), score));
        inputs.removeAll();
        shown.inputs().forEach(input -> inputs.add(new ListItem(getTranslation("planning.input.line",
                getTranslation(input.labelKey()), getTranslation(input.valueKey(), input.valueArguments().toArray()),
                input.points(), input.weight()))));
        formula.setText(shown.lane() == Lane.SUPPORT ? getTranslation("planning.formula.support")
                : getTranslation("planning.formula.product", LocalisedFormats.amount(shown.organisationWeight(), locale)));
        String deadline = shown.deadlineFreezeStart() == null
                ? Days.format(shown.deadline(), locale)
                : getTranslation("planning.deadline.before-freeze", Days.format(shown.deadline(), locale),
                        Days.format(shown.deadlineFreezeStart(), locale));
        dates.setText(shown.plannedStart() == null ? getTranslation("planning.dates.unscheduled", deadline)
                : getTranslation("planning.dates", deadline, Days.format(shown.plannedStart(), locale),
                        Days.format(shown.plannedFinish(), locale), Days.format(shown.latestFinish(), locale)));
        impact.setValue(shown.impact());
        confidence.setValue(shown.confidence());
        boolean product = shown.lane() == Lane.PRODUCT;
        impact.setVisible(product);
        confidence.setVisible(product);
        rate.setVisible(product);
        moves.removeAll();
        for (RankMoveEntry move : shown.moves()) {
            moves.add(new ListItem(getTranslation("planning.move.line", move.fromPosition(), move.toPosition(),
                    move.movedBy(), viewerTime.format(move.movedAt(), locale), move.reason())));
        }
    }

    private void save() {
        message.setText("");
        if (refusals.attempt(() -> backlog.rate(requestId, impact.getValue(), confidence.getValue(), card.version()))) {
            show(backlog.card(requestId));
            message.setText(getTranslation("planning.rated"));
        }
    }
}
