package app.ponte.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("""
            select new app.ponte.request.AttachmentInfo(f.id, f.originalName, f.contentType, f.sizeBytes,
                a.displayName, f.internal, f.createdAt)
            from Attachment f join f.uploadedBy a
            where f.request.id = :requestId and (:withInternal = true or f.internal = false)
            order by f.createdAt, f.id
            """)
    List<AttachmentInfo> findListed(long requestId, boolean withInternal);
}
