package app.ponte.request;

/** A request whose title shares words with the one being typed, that the user may see or support. */
public record SimilarRequest(long id, String title, RequestStatus status, boolean shared, long matchingWords) {
}
