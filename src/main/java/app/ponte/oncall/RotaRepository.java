package app.ponte.oncall;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RotaRepository extends JpaRepository<Rota, Long> {

    /** The rota: there is at most one. */
    Optional<Rota> findFirstByOrderByIdAsc();
}
