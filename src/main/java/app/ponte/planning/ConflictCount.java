package app.ponte.planning;

/** How many open conflicts there are of one kind. */
public record ConflictCount(ConflictKind kind, long count) {
}
