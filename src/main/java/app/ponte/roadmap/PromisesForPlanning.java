package app.ponte.roadmap;

import app.ponte.planning.PromisedDates;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells planning the dates still promised for requests, so that a re-ranking can warn before breaking one. */
@Component
@Transactional(readOnly = true)
class PromisesForPlanning implements PromisedDates {

    private final OpenPromiseRepository promises;

    PromisesForPlanning(OpenPromiseRepository promises) {
        this.promises = promises;
    }

    @Override
    public Map<Long, LocalDate> earliestOpenPromises(Collection<Long> requestIds) {
        Map<Long, LocalDate> earliest = new HashMap<>();
        if (requestIds.isEmpty()) {
            return earliest;
        }
        for (Object[] row : promises.findOpenPromises(requestIds)) {
            earliest.merge((Long) row[0], (LocalDate) row[1], (a, b) -> a.isBefore(b) ? a : b);
        }
        return earliest;
    }
}
