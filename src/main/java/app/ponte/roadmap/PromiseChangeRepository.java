package app.ponte.roadmap;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PromiseChangeRepository extends JpaRepository<PromiseChange, Long> {

    @Query("""
            select c from PromiseChange c join fetch c.promise
            where c.promise.id in :promiseIds order by c.changedAt, c.id
            """)
    List<PromiseChange> findForPromises(List<Long> promiseIds);
}
