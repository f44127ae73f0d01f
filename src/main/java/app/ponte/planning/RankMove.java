package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import app.ponte.organisation.Account;
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

    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "moved_by_id", nullable = false, updatable = false)
    private Account movedBy;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected RankMove() {
    }

    RankMove(BacklogItem item, int fromPosition, int toPosition, String reason, Account movedBy, Instant movedAt) {
        this.item = item;
        this.fromPosition = fromPosition;
        this.toPosition = toPosition;
        this.reason = reason;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
    }

    long itemId() {
        return item.getId();
    }

    RankMoveEntry toEntry() {
        return new RankMoveEntry(fromPosition, toPosition, reason, movedBy.getDisplayName(), movedAt);
    }
}
