package app.ponte.roadmap;

import app.ponte.planning.Confidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as a roadmap shows it to the caller, with its milestones. It names no organisation: the
 * team and the organisations concerned read the same thing, except the estimate.
 *
 * @param estimate the effort range of the assessed requests its open milestones deliver; for the team only
 *                 (an organisation would read the size of other organisations' requests), null when none
 */
public record InitiativeOverview(long id, String title, @Nullable String summary, DeliveryStatus status,
        boolean publicItem, Confidence confidence, LocalDate startsOn, LocalDate endsOn,
        List<MilestoneOverview> milestones, @Nullable Estimate estimate, long version) {

    /** Days of effort: the sum of the likely and of the pessimistic estimates of the assessments. */
    public record Estimate(BigDecimal likely, BigDecimal pessimistic) {

        Estimate plus(Estimate other) {
            return new Estimate(likely.add(other.likely), pessimistic.add(other.pessimistic));
        }
    }

    /**
     * A milestone of an initiative: what part of the value it delivers, whether every organisation that sees the
     * initiative reads it ({@code publicItem}), its committed date, its delivery.
     */
    public record MilestoneOverview(long id, String title, String delivers, boolean publicItem, DeliveryStatus status,
            @Nullable LocalDate committedOn, @Nullable String commitReason, @Nullable LocalDate deliveredOn,
            long version) {

        /** By the day delivered or committed (undated ones last), then as created. */
        static final Comparator<MilestoneOverview> BY_DATE = Comparator.comparing(MilestoneOverview::day,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MilestoneOverview::id);

        /** The day this milestone stands on the timeline: delivered, else committed, else none yet. */
        public @Nullable LocalDate day() {
            return deliveredOn != null ? deliveredOn : committedOn;
        }
    }
}
