package app.ponte.roadmap;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangelogRepository extends JpaRepository<ChangelogEntry, Long> {

    /**
     * An organisation's changelog, newest first: the deliveries of the milestones it reads
     * ({@link MilestoneRepository#READ_BY}).
     */
    @Query("select e from ChangelogEntry e join e.milestone m join m.initiative i"
            + " where " + MilestoneRepository.READ_BY
            + " order by e.publishedAt desc, e.id desc")
    Slice<ChangelogEntry> findFor(long reader, Pageable pageable);

    /** Every organisation's changelog in one, newest first: what the team reads before it picks one. */
    @Query("select e from ChangelogEntry e order by e.publishedAt desc, e.id desc")
    Slice<ChangelogEntry> findWhole(Pageable pageable);
}
