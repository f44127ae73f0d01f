package app.ponte.roadmap;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a delivered milestone changed, published when it was delivered; read by whoever reads the milestone
 * ({@link MilestoneRepository#READ_BY}).
 */
@Entity
@Table(name = "changelog_entries")
class ChangelogEntry extends AbstractEntity {

    private static final int TITLE_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
    private Milestone milestone;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "what_changed", nullable = false, length = 1000)
    private String whatChanged;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ChangelogEntry() {
    }

    ChangelogEntry(Milestone milestone, LocalDate publishedOn, Instant now) {
        this.milestone = milestone;
        String full = milestone.getInitiative().getTitle() + ": " + milestone.getTitle();
        this.title = full.length() > TITLE_MAX ? full.substring(0, TITLE_MAX - 1) + "…" : full;
        this.whatChanged = milestone.getDelivers();
        this.publishedOn = publishedOn;
        this.publishedAt = now;
    }

    ChangelogLine toLine() {
        return new ChangelogLine(title, whatChanged, publishedOn);
    }
}
