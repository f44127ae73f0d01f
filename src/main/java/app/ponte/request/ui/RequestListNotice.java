package app.ponte.request.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A notice another feature puts above a department's or client's own list of requests (the SLA feature shows
 * the organisation's support plan), so that the list says where to look without the request feature knowing
 * those features. Implementations are Spring beans; they build a fresh component for each page, or none.
 */
public interface RequestListNotice {

    Optional<Component> notice();
}
