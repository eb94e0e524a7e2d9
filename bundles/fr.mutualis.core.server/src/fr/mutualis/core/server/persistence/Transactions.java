package fr.mutualis.core.server.persistence;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import fr.mutualis.core.api.DonneeInvalideException;
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

    /**
     * The one write of a call of an {@link fr.mutualis.core.api.Idempotent} method: like {@link #write}, and when the
     * call carries a request id ({@link WriteRequests#during}), the id is claimed at the start of the transaction and
     * the result recorded at its end, in the same transaction. When the id is already recorded (a retry racing its
     * first attempt, which committed meanwhile), nothing is written and the first attempt's result is returned.
     */
    @SuppressWarnings("unchecked")
    public static <T> T writeOnce(EntityManagerFactory emf, Function<EntityManager, T> work) {
        Optional<WriteRequests.Pending> request = WriteRequests.pending();
        if (request.isEmpty()) {
            return write(emf, work);
        }
        WriteRequests.Pending pending = request.get();
        try {
            return write(emf, em -> {
                WriteRequests.claim(em, pending);
                T result = work.apply(em);
                WriteRequests.complete(em, pending, result);
                return result;
            });
        } catch (WriteRequests.AlreadyClaimed e) {
            return (T) read(emf, em -> WriteRequests.recorded(em, pending.id(), pending.types(), pending.retention()))
                    .orElseThrow(() -> new DonneeInvalideException(WriteRequests.ALREADY_USED)).value();
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
