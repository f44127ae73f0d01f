package app.ponte.roadmap;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** What a delivered milestone changed, for the organisations whose requests it delivered (or for all). */
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

    @Column(name = "for_everyone", nullable = false)
    private boolean forEveryone;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "changelog_audience", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "organisation_id")
    private Set<Long> audience = new HashSet<>();

    protected ChangelogEntry() {
    }

    ChangelogEntry(Milestone milestone, Set<Long> audience, LocalDate publishedOn, Instant now) {
        this.milestone = milestone;
        String full = milestone.getInitiative().getTitle() + ": " + milestone.getTitle();
        this.title = full.length() > TITLE_MAX ? full.substring(0, TITLE_MAX - 1) + "…" : full;
        this.whatChanged = milestone.getDelivers();
        this.forEveryone = milestone.getInitiative().isPublicItem();
        this.audience.addAll(audience);
        this.publishedOn = publishedOn;
        this.publishedAt = now;
    }

    ChangelogLine toLine() {
        return new ChangelogLine(title, whatChanged, publishedOn);
    }
}
