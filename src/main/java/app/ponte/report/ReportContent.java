package app.ponte.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one progress report says, frozen when it is generated (a report is a snapshot, never recomputed) and
 * language-neutral: statuses and kinds are enum names, days are days, what people wrote is kept as written; each
 * reader's page, PDF and e-mail translate it into their own language and zone.
 */
public record ReportContent(
        long organisationId,
        String organisationName,
        ReportPeriod period,
        Instant generatedAt,
        List<Delivered> delivered,
        List<Slipped> slipped,
        List<Next> next,
        List<StatusCount> openByStatus,
        List<Decision> decisions,
        List<ActionItem> actionItems,
        @Nullable SlaFigures sla,
        @Nullable SatisfactionFigures satisfaction,
        List<WeekCounts> openedClosedPerWeek,
        PromiseCounts promises,
        List<MilestoneBurnUp> burnUps) {

    public ReportContent {
        delivered = List.copyOf(delivered);
        slipped = List.copyOf(slipped);
        next = List.copyOf(next);
        openByStatus = List.copyOf(openByStatus);
        decisions = List.copyOf(decisions);
        actionItems = List.copyOf(actionItems);
        openedClosedPerWeek = List.copyOf(openedClosedPerWeek);
        burnUps = List.copyOf(burnUps);
    }

    /** A milestone or request delivered in the period, on its day. */
    public record Delivered(String title, LocalDate day, @Nullable String reference) {
    }

    /** A promised date that moved in the period: from, to (null when no new date is promised yet), why. */
    public record Slipped(String title, LocalDate promised, @Nullable LocalDate newDay, String reason) {
    }

    /** What comes next: a milestone or promise with its date (null when none is promised). */
    public record Next(String title, @Nullable LocalDate day) {
    }

    /** Open requests in one status ({@code RequestStatus} name) at the end of the period. */
    public record StatusCount(String status, long count) {
    }

    public record Decision(LocalDate day, String text) {
    }

    public record ActionItem(String text, String ownerName, boolean teamSide, LocalDate due, boolean done) {
    }

    /** Support targets due in the period: met and missed (attainment = met / (met + missed)). */
    public record SlaFigures(long met, long missed) {
    }

    /** Satisfaction answers received in the period and their average on the form's scale. */
    public record SatisfactionFigures(long answers, double average, int scaleMax) {
    }

    /** One week (starting Monday) of the period: requests opened and closed. */
    public record WeekCounts(LocalDate weekStart, long opened, long closed) {
    }

    /** Promises that came due in the period: kept on time and late. */
    public record PromiseCounts(long onTime, long late) {
    }

    /** One open milestone's burn-up: per day, the items done and the total in scope. */
    public record MilestoneBurnUp(String milestone, @Nullable LocalDate due, List<BurnUpPoint> points) {
        public MilestoneBurnUp {
            points = List.copyOf(points);
        }
    }

    public record BurnUpPoint(LocalDate day, long done, long scope) {
    }
}
