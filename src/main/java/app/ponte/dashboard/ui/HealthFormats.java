package app.ponte.dashboard.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.dashboard.HealthColumn;
import app.ponte.dashboard.HealthLevel;
import app.ponte.dashboard.RelationshipSignal.ValueFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a relationship health value reads: the number in the viewer's language and the word for its level. */
final class HealthFormats {

    private HealthFormats() {
    }

    /**
     * A cell: the value and a badge with its level's word ("Watch", "Going wrong"), so that the colour is never the
     * only sign; an organisation without a value reads "none", uncoloured.
     */
    static Span cell(Component in, HealthColumn column, @Nullable Long value) {
        Span cell = new Span();
        cell.addClassName("health-cell");
        HealthLevel level = column.levelOf(value);
        Span number = new Span(value == null ? in.getTranslation(column.missingKey()) : value(in, column, value));
        if (value == null && level == null) {
            cell.add(number);
            cell.addClassName("health-cell-none");
            return cell;
        }
        number.addClassName("health-value");
        Span badge = new Span(in.getTranslation(level.labelKey()));
        badge.addClassNames("health-badge", "health-badge-" + level.name().toLowerCase(Locale.ROOT));
        cell.add(number, badge);
        return cell;
    }

    /** A value with its unit: "3", "12 days", "-0.4". */
    static String value(Component in, HealthColumn column, long value) {
        return switch (column.format()) {
            case DAYS -> in.getTranslation("dashboard.health.days", value);
            case LEVELS -> in.getTranslation("dashboard.health.overall.value", value / 100, value % 100);
            default -> number(column, value, LocalisedFormats.currentLocale());
        };
    }

    /** A value without its unit, as the rule sentences take their thresholds: "3", "12", "-0.4". */
    static String number(HealthColumn column, long value, Locale locale) {
        if (column.format() != ValueFormat.TENTHS) {
            return LocalisedFormats.count(value, locale);
        }
        String tenths = LocalisedFormats.decimal(value / 10.0, 1, locale);
        // A column whose thresholds are at or below zero measures a change (the satisfaction trend): a rise
        // carries its sign, as a fall does.
        boolean change = column.warnAt() <= 0 || column.alertAt() <= 0;
        return change && value > 0 ? "+" + tenths : tenths;
    }

    /** The rule that colours a column, with its thresholds. */
    static String rule(Component in, HealthColumn column) {
        return in.getTranslation(column.ruleKey(), number(column, column.warnAt(), LocalisedFormats.currentLocale()),
                number(column, column.alertAt(), LocalisedFormats.currentLocale()));
    }
}
