package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import app.ponte.base.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manual re-ranking: the previous and the new position, and the reason, kept for everyone to read. */
@Entity
@Table(name = "rank_moves")
class RankMove extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private BacklogItem item;

    @Column(name = "from_position", nullable = false, updatable = false)
    private int fromPosition;

    @Column(name = "to_position", nullable = false, updatable = false)
    private int toPosition;

    @Column(name = "reason", nullable = false, length = Reason.MAX, updatable = false)
    private String reason;

    @Column(name = "moved_by_id", nullable = false, updatable = false)
    private long movedById;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected RankMove() {
    }

    RankMove(BacklogItem item, int fromPosition, int toPosition, Reason reason, long movedById, Instant movedAt) {
        this.item = item;
        this.fromPosition = fromPosition;
        this.toPosition = toPosition;
        this.reason = reason.text();
        this.movedById = movedById;
        this.movedAt = movedAt;
    }

    long itemId() {
        return item.getId();
    }

    long movedById() {
        return movedById;
    }

    /** {@code movedBy}: the name of the team member who moved it. */
    RankMoveEntry toEntry(String movedBy) {
        return new RankMoveEntry(fromPosition, toPosition, reason, movedBy, movedAt);
    }
}
