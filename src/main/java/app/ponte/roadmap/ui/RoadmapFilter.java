package app.ponte.roadmap.ui;

import app.ponte.roadmap.DeliveryStatus;
import org.jspecify.annotations.Nullable;

/** What the roadmap page is filtered by; the export writes the same initiatives. */
record RoadmapFilter(@Nullable Long organisationId, @Nullable Long systemId, @Nullable DeliveryStatus status) {
}
