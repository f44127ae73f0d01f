package app.ponte.request;

import java.time.Instant;

/** A request named in an agenda or a report: its id (the reference), title, kind and the moment that counts. */
public record RequestMention(long id, String title, RequestKind kind, Instant at) {

    /** How people refer to it: its number. */
    public String reference() {
        return "#" + id;
    }
}
