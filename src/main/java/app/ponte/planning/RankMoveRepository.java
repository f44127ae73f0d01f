package app.ponte.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RankMoveRepository extends JpaRepository<RankMove, Long> {

    @Query("select m from RankMove m where m.item.id in :itemIds order by m.movedAt desc, m.id desc")
    List<RankMove> findLatestFirst(List<Long> itemIds);
}
