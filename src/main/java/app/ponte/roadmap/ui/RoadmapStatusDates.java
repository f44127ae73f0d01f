package app.ponte.roadmap.ui;

import app.ponte.request.ui.RequestStatusDates;
import app.ponte.roadmap.RequestRoadmap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The roadmap's answer to the request pages and lists: the day committed for each planned request. */
@Component
class RoadmapStatusDates implements RequestStatusDates {

    private final RequestRoadmap roadmap;

    RoadmapStatusDates(RequestRoadmap roadmap) {
        this.roadmap = roadmap;
    }

    @Override
    public Map<Long, LocalDate> daysOf(Collection<Long> requestIds) {
        return roadmap.committedDays(requestIds);
    }
}
