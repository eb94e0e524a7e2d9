package fr.mutualis.urbanism.server.internal;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

/**
 * What concurrent writers run into, recognised portably (H2 and PostgreSQL) from the SQL state: a row lock not
 * obtained in time, a deadlock or a serialization failure (the transaction is retried), or a duplicate key.
 */
final class ConflitsSql {

    private static final System.Logger LOG = System.getLogger(ConflitsSql.class.getName());
    private static final int ESSAIS = 6;
    /** 40001/40P01 serialization failure or deadlock; 55P03 PostgreSQL lock not available; HYT00/90131 H2. */
    private static final Set<String> VERROU = Set.of("40001", "40P01", "55P03", "HYT00", "90131");
    private static final String DOUBLON = "23505";

    private ConflitsSql() {
    }

    /** Runs a whole transaction, again when it failed on a lock conflict (it was rolled back, nothing written). */
    static <T> T reessayer(Supplier<T> transaction) {
        for (int essai = 1;; essai++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (essai >= ESSAIS || !conflitDeVerrou(e)) {
                    throw e;
                }
                LOG.log(Level.INFO, "Lock conflict in an urbanism transaction, attempt {0} of {1}: retrying", essai,
                        ESSAIS);
                pause(essai);
            }
        }
    }

    static boolean conflitDeVerrou(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof SQLException s && s.getSQLState() != null && VERROU.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean doublon(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && DOUBLON.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int essai) {
        try {
            Thread.sleep(essai * 25L + ThreadLocalRandom.current().nextInt(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
