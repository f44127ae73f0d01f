package app.ponte.security;

/**
 * Published when a caller asked for an id outside their tenant scope (or one that does not exist).
 * Recorded in a transaction of its own, because the refused call itself rolls back.
 */
public record AccessRefused(String action, String targetType, long targetId) {
}
