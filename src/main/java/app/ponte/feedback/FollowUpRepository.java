package app.ponte.feedback;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    Slice<FollowUp> findByStateOrderByOpenedAtAscIdAsc(FollowUpState state, Pageable pageable);

    Optional<FollowUp> findByFormId(long formId);

    long countByState(FollowUpState state);
}
