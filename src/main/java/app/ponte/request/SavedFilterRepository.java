package app.ponte.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

    List<SavedFilter> findByAccountIdOrderByName(long accountId);

    Optional<SavedFilter> findByAccountIdAndName(long accountId, String name);

    Optional<SavedFilter> findByIdAndAccountId(long id, long accountId);
}
