package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.server.context.CallContext;

/** What the guard lets cross the wire when the business service fails under concurrent writers. */
class GuardTest {

    /** A remote interface of one write. */
    public interface Ecriture {
        String ecrire();
    }

    private static Ecriture guarded(Ecriture service) {
        return (Ecriture) Proxy.newProxyInstance(Ecriture.class.getClassLoader(), new Class<?>[] { Ecriture.class },
                new Guard(Ecriture.class, service, null));
    }

    @Test
    void aSerializationFailureThatOutlastedItsRetriesReachesTheUserAsAFrenchMessage() {
        Ecriture ecriture = guarded(() -> {
            throw new IllegalStateException("rolled back", new SQLException("could not serialize access", "40001"));
        });
        PendingCall.set(new CallContext("paule", null, Set.of(), "127.0.0.1"), null);
        MutualisException refus = assertThrows(MutualisException.class, ecriture::ecrire);
        assertEquals(Guard.CONFLIT, refus.getMessage());
        assertTrue(refus.getMessage().contains("modifiées entre-temps"), refus.getMessage());
    }

    @Test
    void anyOtherFailureIsAnInternalErrorWithAReference() {
        Ecriture ecriture = guarded(() -> {
            throw new IllegalStateException("bug");
        });
        PendingCall.set(new CallContext("paule", null, Set.of(), "127.0.0.1"), null);
        MutualisException refus = assertThrows(MutualisException.class, ecriture::ecrire);
        assertTrue(refus.getMessage().startsWith("Erreur interne du serveur (référence "), refus.getMessage());
    }
}
