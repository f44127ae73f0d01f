package app.ponte.request.ui;

import app.ponte.request.RequestDetails;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the request page contributed by another feature (planning adds the score and conflict
 * notices), so that features built on requests add to the page without the request feature knowing them.
 * Implementations are Spring beans; they build a fresh component for each request shown, or none.
 */
public interface RequestPageSection {

    Optional<Component> sectionFor(RequestDetails request);
}
