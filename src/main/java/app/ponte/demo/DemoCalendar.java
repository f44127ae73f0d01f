package app.ponte.demo;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Every day of the demo's story, worked out from today, so that the story holds whatever day the demo is
 * loaded: Aurora's peak-sale freeze on the Orders API lies ahead, just before the day its webhook was moved to;
 * Sales' quarter-close freeze lies far enough ahead for the team to decide Marketing's conflict first, and the
 * scheduled reports go live after it; what was delivered was delivered before today.
 *
 * @param today the day the demo is loaded
 * @param auroraFreezeStart first day of Aurora's peak-sale freeze of the Orders API
 * @param auroraFreezeEnd last day of it
 * @param webhookFirstDate the date first told to Aurora for its webhook (passed: the promise slipped)
 * @param webhookNewDate the date it moved to, the week after the freeze
 * @param auroraInitiativeEnd the end of Aurora's resilience initiative, after the webhook's new date
 * @param quarterClose the quarter end Sales freezes real-time reporting around
 * @param salesFreezeStart first day of Sales' freeze
 * @param salesFreezeEnd last day of Sales' freeze
 * @param conflictDecidedBy the day the team decides Marketing's and Sales' conflict, before Sales' freeze
 * @param campaignWantedBy the day Marketing wants its real-time campaign figures (inside Sales' freeze: the conflict)
 * @param scheduledReportsWantedBy the day Marketing wants its scheduled reports, after Sales' freeze
 * @param scheduledReportsOn the day Marketing's scheduled reports go live, after Sales' freeze
 * @param campaignInitiativeEnd the end of Marketing's campaign reporting initiative
 */
record DemoCalendar(LocalDate today, LocalDate auroraFreezeStart, LocalDate auroraFreezeEnd,
        LocalDate webhookFirstDate, LocalDate webhookNewDate, LocalDate auroraInitiativeEnd,
        LocalDate quarterClose, LocalDate salesFreezeStart, LocalDate salesFreezeEnd, LocalDate conflictDecidedBy,
        LocalDate campaignWantedBy, LocalDate scheduledReportsWantedBy, LocalDate scheduledReportsOn,
        LocalDate campaignInitiativeEnd) {

    /** Days between today and Sales' freeze, at least: the team decides the conflict a week from today. */
    private static final int DECISION_DAYS = 7;

    static DemoCalendar from(LocalDate today) {
        LocalDate freezeStart = today.plusDays(6);
        LocalDate freezeEnd = freezeStart.plusDays(6);
        LocalDate quarterClose = quarterEnd(today);
        if (!quarterClose.minusDays(5).isAfter(today.plusDays(DECISION_DAYS + 1))) {
            // Too close to decide before the freeze: the story plays at the next quarter's close.
            quarterClose = quarterEnd(quarterClose.plusDays(1));
        }
        return new DemoCalendar(today, freezeStart, freezeEnd, today.minusDays(8), freezeEnd.plusDays(2),
                today.plusDays(45), quarterClose, quarterClose.minusDays(5), quarterClose.plusDays(2),
                today.plusDays(DECISION_DAYS), quarterClose.plusDays(1), quarterClose.plusDays(10),
                quarterClose.plusDays(9), quarterClose.plusDays(30));
    }

    /** The last day of the quarter of a day. */
    static LocalDate quarterEnd(LocalDate day) {
        return day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 3).with(TemporalAdjusters.lastDayOfMonth());
    }
}
