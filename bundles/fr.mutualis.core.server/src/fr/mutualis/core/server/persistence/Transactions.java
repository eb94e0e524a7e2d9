package fr.mutualis.core.server.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * Runs work in one resource-local transaction: committed when it returns, rolled back when it throws. On PostgreSQL
 * every transaction, reads included, first tells the database the collectivity of the current call
 * ({@link RowSecurity}), so that row-level security filters what it sees.
 */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T write(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            if (RowSecurity.applies(emf)) {
                RowSecurity.apply(em);
            }
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        write(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            if (!RowSecurity.applies(emf)) {
                return work.apply(em);
            }
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                RowSecurity.apply(em);
                return work.apply(em);
            } finally {
                tx.rollback(); // a read writes nothing
            }
        } finally {
            em.close();
        }
    }
}
