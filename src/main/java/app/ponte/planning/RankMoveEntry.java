package app.ponte.planning;

import java.time.Instant;

/** A manual re-ranking as the board and the request page show it. */
public record RankMoveEntry(int fromPosition, int toPosition, String reason, String movedBy, Instant movedAt) {
}
