package app.ponte.report;

import app.ponte.request.RequestStatus;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One reader's words for a report: translations, days and numbers written as their locale writes them (the same
 * forms as the pages' {@code LocalisedFormats}, said here too because the documents are made outside any page).
 */
final class ReportWords {

    static final String NONE = "–";

    private final I18NProvider translations;
    private final Locale locale;

    ReportWords(I18NProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    /** A day, medium length ("1 Dec 2026", "Dec 1, 2026", "1 de dez. de 2026"). */
    String day(@Nullable LocalDate day) {
        return day == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** A day without its year, for chart axes ("2 Nov", "Nov 2", "2 de nov."). */
    String shortDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale).format(day);
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    String decimal(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP); // an average of 4.25 reads 4.3, as people round
        return format.format(value);
    }

    /** A request status (an enum name in the snapshot) in the reader's words; an unknown name as it was stored. */
    String status(String name) {
        return Arrays.stream(RequestStatus.values()).filter(status -> status.name().equals(name)).findFirst()
                .map(status -> t(status.labelKey())).orElse(name);
    }

    /** The period as a reader names it: "Week of 2 Nov 2026", "November 2026", "Q4 2026". */
    String period(ReportPeriod period) {
        return switch (period.kind()) {
            case WEEKLY -> t("report.doc.period.WEEKLY", day(period.from()));
            case MONTHLY -> t("report.doc.period.MONTHLY",
                    DateTimeFormatter.ofPattern("LLLL", locale).format(period.from()),
                    String.valueOf(period.from().getYear()));
            case QUARTERLY -> t("report.doc.period.QUARTERLY",
                    String.valueOf((period.from().getMonthValue() - 1) / 3 + 1), String.valueOf(period.from().getYear()));
        };
    }

    /** The report's title: organisation and period. */
    String title(ReportContent content) {
        return t("report.doc.title", content.organisationName(), period(content.period()));
    }
}
