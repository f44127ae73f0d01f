package app.ponte.oncall;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PageRepository extends JpaRepository<Page, Long> {

    boolean existsByRequestIdAndStepAndAccountId(long requestId, int step, long accountId);

    boolean existsByPagingIdAndAccountId(long pagingId, long accountId);

    List<Page> findByPagingIdOrderByPagedAtAscIdAsc(long pagingId);

    List<Page> findByPagingIdInOrderByPagedAtAscIdAsc(Collection<Long> pagingIds);

    Optional<Page> findByTokenHash(String tokenHash);

    /** Pages written before {@code before} and not delivered yet (left by a crash between commit and delivery). */
    @Query("select p.id from Page p where p.deliveredAt is null and p.pagedAt <= :before order by p.id")
    List<Long> findUndeliveredIds(Instant before, Pageable pageable);
}
