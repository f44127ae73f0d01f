package app.ponte.request;

/** A saved inbox filter as its owner picks it. */
public record NamedFilter(long id, String name, RequestFilter filter) {
}
