package app.ponte.base.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.ErrorReference;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.OrganisationChangedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a user sees when an action fails in a way the view did not handle: a translated message and,
 * for real faults, a reference that is also in the log with the full cause. No stack trace reaches
 * the page. Refusals (not found, not allowed, changed meanwhile, a page opened in another organisation)
 * are expected and not logged as errors.
 */
class UnexpectedErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String messageKey;
        Object[] parameters = {};
        switch (cause) {
            case NotFoundInScopeException notFound -> {
                log.info("Refused: {}", notFound.getMessage());
                messageKey = "error.action.not-found";
            }
            case AccessDeniedException denied -> {
                log.warn("Access denied: {}", denied.getMessage());
                messageKey = "error.action.denied";
            }
            case ConcurrentEditException stale -> messageKey = "error.action.concurrent-edit";
            case OrganisationChangedException changed -> {
                // The page stays as it is, with everything typed, until the person reloads it.
                log.info("Refused: {}", changed.getMessage());
                messageKey = changed.openedName() == null ? "error.action.organisation-changed-elsewhere"
                        : "error.action.organisation-changed";
                parameters = new Object[] {changed.activeName(), changed.openedName()};
            }
            default -> {
                String reference = ErrorReference.next();
                log.error("Unexpected error, reference {}", reference, event.getThrowable());
                messageKey = "error.action.unexpected";
                parameters = new Object[] {reference};
            }
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (cause instanceof OrganisationChangedException) {
            // The person has to reload the page: the message stays until they close it.
            Toasts.failedUntilClosed(ui.getTranslation(messageKey, parameters), ui.getTranslation("action.close"));
        } else {
            // Longer than other failures: the message may carry an error reference to quote.
            Toasts.failed(ui.getTranslation(messageKey, parameters)).setDuration(8000);
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof NotFoundInScopeException || current instanceof AccessDeniedException
                        || current instanceof ConcurrentEditException
                        || current instanceof OrganisationChangedException)) {
            current = current.getCause();
        }
        return current;
    }
}
