package app.ponte.oncall;

import org.springframework.data.jpa.repository.JpaRepository;

interface GapNoticeRepository extends JpaRepository<GapNotice, Long> {

    boolean existsByGapKey(String gapKey);
}
