package app.ponte.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A part of the request page changed the request, or found it changed by somebody else meanwhile: either way
 * the page reads it again. What was done is said to the user; a change made meanwhile is shown as such.
 */
final class RequestChanged extends ComponentEvent<Component> {

    private final @Nullable String done;
    private final boolean meanwhile;

    private RequestChanged(Component source, @Nullable String done, boolean meanwhile) {
        super(source, false);
        this.done = done;
        this.meanwhile = meanwhile;
    }

    /** The part saved a change; {@code done} (translated) is said to the user, none for a quiet change. */
    static RequestChanged saved(Component source, @Nullable String done) {
        return new RequestChanged(source, done, false);
    }

    /** Somebody else changed the request since it was shown; nothing was saved. */
    static RequestChanged meanwhile(Component source) {
        return new RequestChanged(source, null, true);
    }

    Optional<String> done() {
        return Optional.ofNullable(done);
    }

    boolean changedMeanwhile() {
        return meanwhile;
    }
}
