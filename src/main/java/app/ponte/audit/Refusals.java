package app.ponte.audit;

import app.ponte.base.NotFoundInScopeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Turns an id outside the caller's scope into "not found", and leaves a trace in the audit trail. */
@Component
public class Refusals {

    private final ApplicationEventPublisher events;

    Refusals(ApplicationEventPublisher events) {
        this.events = events;
    }

    public NotFoundInScopeException notFound(String action, String targetType, long id) {
        events.publishEvent(new AccessRefused(action, targetType, id));
        return new NotFoundInScopeException(targetType, id);
    }
}
