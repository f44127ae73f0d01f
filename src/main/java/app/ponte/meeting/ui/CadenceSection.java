package app.ponte.meeting.ui;

import app.ponte.meeting.ReviewSeries;
import app.ponte.organisation.ui.OrganisationSettingsSection;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The review cadence in the organisation editor: the one place it is set (the organisation's own cadence field
 * follows the series). Built fresh for each organisation edited; the team's own organisation has none.
 */
@org.springframework.stereotype.Component
class CadenceSection implements OrganisationSettingsSection {

    private final ReviewSeries reviewSeries;

    CadenceSection(ReviewSeries reviewSeries) {
        this.reviewSeries = reviewSeries;
    }

    @Override
    public Optional<Component> sectionFor(long organisationId) {
        if (!reviewSeries.reviewed(organisationId)) {
            return Optional.empty();
        }
        return Optional.of(new CadenceForm(reviewSeries, organisationId));
    }
}
