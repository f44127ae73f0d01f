package app.ponte.roadmap;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangelogRepository extends JpaRepository<ChangelogEntry, Long> {

    /** What was published to an organisation or to everyone, newest first. */
    @Query("""
            select e from ChangelogEntry e
            where e.forEveryone = true or :organisationId member of e.audience
            order by e.publishedAt desc, e.id desc
            """)
    Slice<ChangelogEntry> findFor(long organisationId, Pageable pageable);
}
