package app.ponte.request;

/** How much of a request the caller may see: all of it, or only what is shared with every organisation. */
public enum RequestVisibility {
    FULL, SHARED
}
