package app.ponte.meeting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** TRANSITIONAL (issue 17 work in progress): replaced by the minutes' outcomes; must not land in a resolved issue. */
@Component
class PlaceholderPeriodOutcomes implements PeriodOutcomes {

    @Override
    public List<Decision> decisions(long organisationId, LocalDate from, LocalDate to) {
        return List.of();
    }

    @Override
    public List<ActionItemLine> actionItems(long organisationId, LocalDate from, LocalDate to) {
        return List.of();
    }
}
