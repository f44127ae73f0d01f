package app.ponte.roadmap;

import app.ponte.planning.Confidence;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as a roadmap shows it to the caller, with its milestones. It names no organisation: the
 * team and the organisations concerned read the same thing.
 */
public record InitiativeView(long id, String title, @Nullable String summary, DeliveryStatus status,
        boolean publicItem, Confidence confidence, LocalDate endsOn, List<MilestoneView> milestones, long version) {

    /** A milestone of an initiative: what part of the value it delivers, its committed date, its delivery. */
    public record MilestoneView(long id, String title, String delivers, DeliveryStatus status,
            @Nullable LocalDate committedOn, @Nullable LocalDate deliveredOn, long version) {
    }
}
