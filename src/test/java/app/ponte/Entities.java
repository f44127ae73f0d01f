package app.ponte;

import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import jakarta.persistence.EntityManager;

/** Demo entities by their natural keys, for persistence tests that build rows by hand. */
public final class Entities {

    private Entities() {
    }

    public static Organisation organisation(EntityManager entityManager, String name) {
        return entityManager.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
                .setParameter("name", name).getSingleResult();
    }

    public static Account account(EntityManager entityManager, String email) {
        return entityManager.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", email).getSingleResult();
    }
}
