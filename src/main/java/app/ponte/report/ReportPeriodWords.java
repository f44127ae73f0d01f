package app.ponte.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * How a report's period reads in one language ("November 2026", "novembro de 2026", "Q4 2026", "week of 23 Nov
 * 2026"): in the page heading, the list, the e-mail's subject and the PDF's file name alike.
 */
public final class ReportPeriodWords {

    private ReportPeriodWords() {
    }

    /** {@code translate} answers a translation key with its arguments in {@code locale}. */
    public static String label(ReportPeriod period, Locale locale, BiFunction<String, Object[], String> translate) {
        String key = "report.period.label." + period.kind().name();
        String year = String.valueOf(period.from().getYear());
        return switch (period.kind()) {
            case WEEKLY -> translate.apply(key, new Object[] {
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(period.from())});
            case MONTHLY -> translate.apply(key, new Object[] {
                    period.from().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), year});
            case QUARTERLY -> translate.apply(key, new Object[] {
                    String.valueOf(period.from().get(IsoFields.QUARTER_OF_YEAR)), year});
        };
    }

    /** The period in a file name, the same in every language: 2026-11, 2026-Q4, 2026-W48. */
    public static String fileLabel(ReportPeriod period) {
        return switch (period.kind()) {
            case WEEKLY -> period.from().get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format(Locale.ROOT, "%02d", period.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format(Locale.ROOT, "%d-%02d", period.from().getYear(),
                    period.from().getMonthValue());
            case QUARTERLY -> period.from().getYear() + "-Q" + period.from().get(IsoFields.QUARTER_OF_YEAR);
        };
    }
}
