package fr.mutualis.core.server.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.context.CallContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Writes done once per request id (table {@code requete_ecriture}). The remote layer runs a call of an
 * {@link fr.mutualis.core.api.Idempotent} method {@link #during} its request id; the business write of that call,
 * {@link Transactions#writeOnce}, claims the id at the start of its transaction and stores the serialized result
 * at its end, so the id is recorded if and only if the write committed. A retry finds the result with
 * {@link #recorded}; a retry racing its first attempt waits on the claimed row, then reads the result.
 */
public final class WriteRequests {

    /** The request of the running call: its id, the method, where the result's classes load from, its retention. */
    record Pending(UUID id, String method, ClassLoader types, Duration retention) {
    }

    /** A result recorded for a request ({@code value} is null for a method returning nothing). */
    public record Recorded(Object value) {
    }

    /** The claim of a request id refused because a row holds it already. */
    static final class AlreadyClaimed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyClaimed(Throwable cause) {
            super("request id already recorded", cause);
        }
    }

    static final String ALREADY_USED = "Cette demande a déjà été traitée pour un autre utilisateur ou une autre "
            + "collectivité : rechargez puis recommencez l'opération.";

    private static final ThreadLocal<Pending> CURRENT = new ThreadLocal<>();
    private static final int MAX_DEPTH = 20;

    private WriteRequests() {
    }

    /**
     * Runs a call under its request id; the call's {@link Transactions#writeOnce} records it.
     *
     * @param types     class loader resolving the classes of the result (the remote interface's)
     * @param retention how long a recorded result is given back to a retry
     */
    public static <T> T during(UUID id, String method, ClassLoader types, Duration retention, Supplier<T> call) {
        Pending previous = CURRENT.get();
        CURRENT.set(new Pending(id, method, types, retention));
        try {
            return call.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static Optional<Pending> pending() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The result recorded for request {@code id} of the current call's login, within the retention; empty when no
     * write of that request committed (or it expired).
     */
    public static Optional<Recorded> recorded(EntityManager em, UUID id, ClassLoader types, Duration retention) {
        CallContext call = CallContext.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT login, resultat FROM requete_ecriture WHERE id = ? "
                + "AND enregistree_le > ?").setParameter(1, id.toString())
                .setParameter(2, Timestamp.valueOf(LocalDateTime.now().minus(retention))).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!call.login().equals(rows.get(0)[0])) {
            throw new DonneeInvalideException(ALREADY_USED);
        }
        return Optional.of(new Recorded(read((byte[]) rows.get(0)[1], types)));
    }

    /** Claims the id in the write's transaction; a row holding it already ends the transaction with AlreadyClaimed. */
    static void claim(EntityManager em, Pending pending) {
        CallContext call = CallContext.current();
        try {
            em.createNativeQuery("INSERT INTO requete_ecriture (id, login, collectivite, methode, enregistree_le) "
                    + "VALUES (?, ?, ?, ?, ?)").setParameter(1, pending.id().toString()).setParameter(2, call.login())
                    .setParameter(3, Optional.ofNullable(call.collectivite()).map(CollectiviteId::code).orElse(null))
                    .setParameter(4, pending.method()).setParameter(5, Timestamp.valueOf(LocalDateTime.now()))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (ConflitsSql.doublon(e)) {
                throw new AlreadyClaimed(e);
            }
            throw e;
        }
    }

    /** Stores the result of the claimed request, in the same transaction. */
    static void complete(EntityManager em, Pending pending, Object result) {
        em.createNativeQuery("UPDATE requete_ecriture SET resultat = ? WHERE id = ?")
                .setParameter(1, result == null ? null : write(result)).setParameter(2, pending.id().toString())
                .executeUpdate();
    }

    /** Deletes the records older than the retention; returns how many. Server-internal work (no call context). */
    public static int purge(EntityManager em, Duration retention) {
        return em.createNativeQuery("DELETE FROM requete_ecriture WHERE enregistree_le < ?")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now().minus(retention))).executeUpdate();
    }

    private static byte[] write(Object result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the result of a write request: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Reads a result this server wrote, allowing only Mutualis API and JDK classes, as the answer to a call does. */
    private static Object read(byte[] bytes, ClassLoader types) {
        if (bytes == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                try {
                    return Class.forName(desc.getName(), false, types);
                } catch (ClassNotFoundException e) {
                    return super.resolveClass(desc);
                }
            }
        }) {
            in.setObjectInputFilter(info -> {
                if (info.depth() > MAX_DEPTH) {
                    return ObjectInputFilter.Status.REJECTED;
                }
                Class<?> type = info.serialClass();
                while (type != null && type.isArray()) {
                    type = type.getComponentType();
                }
                if (type == null || type.isPrimitive()) {
                    return ObjectInputFilter.Status.UNDECIDED;
                }
                String name = type.getName();
                return name.startsWith("java.") || name.startsWith("fr.mutualis.") && name.contains(".api.")
                        ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
            });
            return in.readObject();
        } catch (InvalidClassException e) {
            throw new IllegalStateException("A recorded write result holds a refused class: " + e.getMessage(), e);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read a recorded write result: " + e.getMessage(), e);
        }
    }
}
