package app.ponte.organisation.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Settings of an existing organisation kept by another feature (the review cadence of meetings, the period of
 * progress reports), shown in the organisation's editor without the organisation feature knowing them.
 * Implementations are Spring beans; they build a fresh component for each organisation edited, or none, and save
 * their own settings.
 */
public interface OrganisationSettingsSection {

    Optional<Component> sectionFor(long organisationId);
}
