package app.ponte.planning;

import java.time.LocalDate;

/** An accepted request that would finish later after a re-ranking, and by how many calendar days. */
public record Slip(long requestId, String title, String organisationName, LocalDate finishBefore,
        LocalDate finishAfter, int days) {
}
