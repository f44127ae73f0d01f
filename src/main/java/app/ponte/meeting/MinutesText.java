package app.ponte.meeting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's notes as the reader may read them: the public notes, the internal ones for the team only (null for
 * anybody else), the version a save must name (null while nobody wrote any), and who saved them last, when.
 */
public record MinutesText(String publicNotes, @Nullable String internalNotes, @Nullable Long version,
        @Nullable String lastEditorName, @Nullable Instant savedAt) {

    static final MinutesText NONE_YET = new MinutesText("", "", null, null, null);
}
