package app.ponte.roadmap.ui;

import app.ponte.roadmap.Deliveries;
import app.ponte.roadmap.Initiatives;
import app.ponte.roadmap.MilestoneDates;
import app.ponte.roadmap.MilestoneScope;
import app.ponte.roadmap.RoadmapMentions;
import org.springframework.stereotype.Component;

/** The roadmap services the team's dialogs change things through, handed to them in one piece. */
@Component
record RoadmapChanges(Initiatives initiatives, MilestoneScope scope, MilestoneDates dates, Deliveries deliveries,
        RoadmapMentions mentions) {
}
