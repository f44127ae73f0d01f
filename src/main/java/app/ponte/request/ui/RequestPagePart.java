package app.ponte.request.ui;

import app.ponte.request.RequestDetails;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * One part of a request's page with a job of its own (the team's actions, the requester's, the conversation,
 * the history): it shows the request as read, acts through its own service, and raises {@link RequestChanged}
 * so that the page reads the request again for every part.
 */
abstract class RequestPagePart extends VerticalLayout {

    RequestPagePart() {
        setPadding(false);
    }

    /** Shows the request as just read; what the user typed into the part stays. */
    abstract void show(RequestDetails request);

    Registration addChangedListener(ComponentEventListener<RequestChanged> listener) {
        return addListener(RequestChanged.class, listener);
    }

    /** Tells the page this part saved a change ({@code done} is said to the user; null: nothing to say). */
    void changed(@Nullable String done) {
        fireEvent(RequestChanged.saved(this, done));
    }

    /** Tells the page somebody else changed the request meanwhile. */
    void changedMeanwhile() {
        fireEvent(RequestChanged.meanwhile(this));
    }
}
