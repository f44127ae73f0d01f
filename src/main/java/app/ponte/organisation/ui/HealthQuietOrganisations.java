package app.ponte.organisation.ui;

import app.ponte.dashboard.HealthRow;
import app.ponte.dashboard.RelationshipHealth;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/** The quiet organisations as the relationship health list stores them (cached: it says when they were computed). */
@Component
class HealthQuietOrganisations implements QuietOrganisations {

    private final RelationshipHealth health;

    HealthQuietOrganisations(RelationshipHealth health) {
        this.health = health;
    }

    @Override
    public Slice<HealthRow> quiet(long days, Pageable pageable) {
        return health.quiet(days, pageable);
    }

    @Override
    public Optional<Instant> computedAt() {
        return health.computedAt();
    }
}
