package app.ponte.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Report snapshots built by hand: the documents need no database, only a {@link ReportContent}. */
public final class ReportFixtures {

    /** What a client might write: markup that must stay text, and accents that must survive. */
    public static final String HOSTILE = "<script>alert('x')</script> Ação às pressas";
    public static final ReportPeriod NOVEMBER = ReportPeriod.containing(ReportPeriodKind.MONTHLY, LocalDate.of(2026, 11, 5));

    private ReportFixtures() {
    }

    public static ReportContent november() {
        return new ReportContent(7, "Aurora Commerce", NOVEMBER, Instant.parse("2026-12-01T06:00:00Z"),
                List.of(new ReportContent.Delivered("Gift card balance API", LocalDate.of(2026, 11, 12), "#6"),
                        new ReportContent.Delivered(HOSTILE, LocalDate.of(2026, 11, 20), null)),
                List.of(new ReportContent.Slipped("Checkout retries", LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 11, 24), "Payment provider sandbox was down"),
                        new ReportContent.Slipped("Fraud rules", LocalDate.of(2026, 11, 18), null, "Waiting for Aurora")),
                List.of(new ReportContent.Next("Black Friday load test", LocalDate.of(2026, 12, 3)),
                        new ReportContent.Next("Loyalty points export", null)),
                List.of(new ReportContent.StatusCount("IN_PROGRESS", 4), new ReportContent.StatusCount("NEW", 2)),
                List.of(new ReportContent.Decision(LocalDate.of(2026, 11, 3), "Freeze deploys from 25 Nov")),
                List.of(new ReportContent.ActionItem("Send the load-test results to Aurora", "Lead Ponte", true,
                                LocalDate.of(2026, 11, 14), false),
                        new ReportContent.ActionItem("Share the Black Friday traffic forecast", "Ana", false,
                                LocalDate.of(2026, 11, 21), true)),
                new ReportContent.SlaFigures(9, 1), new ReportContent.SatisfactionFigures(12, 4.25, 5),
                List.of(week(2, 3, 1), week(9, 5, 4), week(16, 2, 6), week(23, 4, 3), week(30, 1, 2)),
                new ReportContent.PromiseCounts(5, 2),
                List.of(new ReportContent.MilestoneBurnUp(HOSTILE, LocalDate.of(2026, 12, 15), List.of(
                        new ReportContent.BurnUpPoint(LocalDate.of(2026, 11, 1), 2, 10),
                        new ReportContent.BurnUpPoint(LocalDate.of(2026, 11, 15), 5, 12),
                        new ReportContent.BurnUpPoint(LocalDate.of(2026, 11, 30), 9, 12)))));
    }

    /** A period in which nothing happened and nothing is measured. */
    public static ReportContent quiet() {
        return new ReportContent(8, "Sales", NOVEMBER, Instant.parse("2026-12-01T06:00:00Z"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, List.of(), new ReportContent.PromiseCounts(0, 0),
                List.of());
    }

    /** November with as many decisions as asked, numbered so that the last one can be looked for. */
    public static ReportContent withDecisions(int count) {
        ReportContent base = november();
        List<ReportContent.Decision> decisions = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(i -> decisions.add(
                new ReportContent.Decision(LocalDate.of(2026, 11, 1 + i % 28), "Decision number " + i)));
        return new ReportContent(base.organisationId(), base.organisationName(), base.period(), base.generatedAt(),
                base.delivered(), base.slipped(), base.next(), base.openByStatus(), decisions, base.actionItems(),
                base.sla(), base.satisfaction(), base.openedClosedPerWeek(), base.promises(), base.burnUps());
    }

    private static ReportContent.WeekCounts week(int day, long opened, long closed) {
        return new ReportContent.WeekCounts(LocalDate.of(2026, 11, day).minusDays(6).with(java.time.DayOfWeek.MONDAY),
                opened, closed);
    }
}
