package fr.mutualis.core.server.persistence;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

/**
 * What concurrent writers run into, recognised from the SQL state on H2 and PostgreSQL: a lock not obtained in time, a
 * deadlock or a serialization failure (the whole transaction was rolled back and is run again), or a duplicate key.
 */
public final class ConflitsSql {

    private static final System.Logger LOG = System.getLogger(ConflitsSql.class.getName());
    private static final int ESSAIS = 8;
    /**
     * 40001/40P01 serialization failure or deadlock; 55P03 PostgreSQL lock not available; H2: HYT00 and 50200 lock
     * timeout, 90131 concurrent update.
     */
    private static final Set<String> VERROU = Set.of("40001", "40P01", "55P03", "HYT00", "50200", "90131");
    private static final String DOUBLON = "23505";

    private ConflitsSql() {
    }

    /**
     * Runs a whole transaction, again when it failed on a lock conflict (it was rolled back: nothing was written).
     *
     * @param quoi what the transaction does, for the log ("a budget transaction")
     */
    public static <T> T reessayer(String quoi, Supplier<T> transaction) {
        for (int essai = 1;; essai++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (essai >= ESSAIS || !conflitDeVerrou(e)) {
                    throw e;
                }
                LOG.log(Level.INFO, "Lock conflict in {0}, attempt {1} of {2}: retrying", quoi, essai, ESSAIS);
                pause(essai);
            }
        }
    }

    public static boolean conflitDeVerrou(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof SQLException s && s.getSQLState() != null && VERROU.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A unique constraint refused the row (SQL state 23505 on H2 and PostgreSQL). */
    public static boolean doublon(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && DOUBLON.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int essai) {
        try {
            Thread.sleep(essai * 30L + ThreadLocalRandom.current().nextInt(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
