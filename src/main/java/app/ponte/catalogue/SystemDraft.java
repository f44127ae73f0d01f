package app.ponte.catalogue;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an editor fills in for a system. */
public record SystemDraft(String name, @Nullable String description, @Nullable Long ownerId,
        @Nullable Criticality criticality, @Nullable BigDecimal availabilityTarget, Set<Long> dependentIds) {
}
