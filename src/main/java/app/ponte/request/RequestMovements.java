package app.ponte.request;

import java.util.List;

/** An organisation's requests filed, resolved and declined between two instants, each a bounded list. */
public record RequestMovements(Listed filed, Listed resolved, Listed declined) {

    /** The newest requests of one kind of movement (at most the limit asked for) and how many there were. */
    public record Listed(List<RequestMention> shown, long total) {

        public Listed {
            shown = List.copyOf(shown);
        }

        /** How many were left out of {@link #shown()}: "and N more". */
        public long more() {
            return total - shown.size();
        }
    }
}
