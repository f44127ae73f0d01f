package app.ponte.base;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Identity and optimistic locking shared by every editable entity: a stale save fails instead of
 * silently overwriting somebody else's change.
 */
@MappedSuperclass
public abstract class AbstractEntity implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public @Nullable Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        // Constant per class: stays stable while a new entity gets its id on persist.
        return getClass().hashCode();
    }
}
