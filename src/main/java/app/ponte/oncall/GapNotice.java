package app.ponte.oncall;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A gap in the cover the admins were told of: each gap is told once. */
@Entity
@Table(name = "on_call_gap_notices")
class GapNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "gap_key", nullable = false, length = 200)
    private String gapKey;

    @Column(name = "told_at", nullable = false)
    private Instant toldAt;

    protected GapNotice() {
        this.gapKey = "";
        this.toldAt = Instant.EPOCH;
    }

    GapNotice(String gapKey, Instant toldAt) {
        this.gapKey = gapKey;
        this.toldAt = toldAt;
    }
}
