package app.ponte.roadmap;

import java.util.List;

/**
 * Organisations a roadmap text names that someone else will read, and who reads it: every organisation (a
 * public item), these organisations, or nobody yet (then whoever's request joins later).
 *
 * @param named the names mentioned that an organisation other than the named one reads, sorted; empty: say nothing
 * @param everyone whether every organisation reads the text
 * @param readers the names of the organisations that read it when not everyone, sorted; empty: nobody yet
 */
public record Mentions(List<String> named, boolean everyone, List<String> readers) {

    public Mentions {
        named = List.copyOf(named);
        readers = List.copyOf(readers);
    }

    /** Whether the text names nobody another organisation reads: it is saved without a question. */
    public boolean none() {
        return named.isEmpty();
    }
}
