package app.ponte.request;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TitleWordRepository extends JpaRepository<TitleWord, Long> {

    /**
     * Open requests sharing words with a title, most words in common first. {@code organisationId} null
     * means every organisation (the team); otherwise that organisation's own requests and shared ones.
     */
    @Query("""
            select new app.ponte.request.SimilarRequest(r.id, r.title, r.status, r.shared, count(w.id))
            from TitleWord w join w.request r
            where w.word in :words
              and r.status not in (app.ponte.request.RequestStatus.CLOSED, app.ponte.request.RequestStatus.DECLINED,
                  app.ponte.request.RequestStatus.DUPLICATE, app.ponte.request.RequestStatus.WITHDRAWN)
              and (:organisationId is null or r.organisation.id = :organisationId or r.shared = true)
            group by r.id, r.title, r.status, r.shared, r.createdAt
            order by count(w.id) desc, r.createdAt desc
            """)
    List<SimilarRequest> findSimilar(Collection<String> words, Long organisationId, Pageable pageable);
}
