package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.identity.IDFactory;
import org.junit.jupiter.api.Test;

/** Joining binds a logged-in connection to its container ID, once, and never steals a live one's ID. */
class SessionsTest {

    static final Limits LIMITS = new Limits(5000, 8, 64, 2, 3, 1 << 20);

    final Sessions sessions = new Sessions();
    final ID victim = IDFactory.getDefault().createGUID();

    @Test
    void aConnectionThatDidNotLogInCannotJoin() throws Exception {
        assertNull(sessions.bind(new InetSocketAddress("127.0.0.1", 40000), victim));
        assertThrows(SecurityException.class, () -> new ConnectPolicy(sessions)
                .checkConnect(new InetSocketAddress("127.0.0.1", 40000), victim, null, null, null));
    }

    @Test
    void anIdAlreadyBoundToALiveConnectionIsRefused() {
        var first = new InetSocketAddress("127.0.0.1", 40001);
        var second = new InetSocketAddress("127.0.0.1", 40002);
        assertTrue(sessions.admit(first, new Session("ordo", "127.0.0.1"), LIMITS));
        assertTrue(sessions.admit(second, new Session("lecteur", "127.0.0.1"), LIMITS));
        assertEquals("ordo", sessions.bind(first, victim).login());
        assertNull(sessions.bind(second, victim), "the reader cannot take over the ordonnateur's ID");
        assertEquals("ordo", sessions.find(victim).orElseThrow().login());
        sessions.close(victim);
        assertFalse(sessions.find(victim).isPresent());
    }

    @Test
    void sessionsAreCountedPerLoginAndInAll() {
        assertTrue(sessions.admit(new InetSocketAddress("127.0.0.1", 1), new Session("a", "x"), LIMITS));
        assertTrue(sessions.admit(new InetSocketAddress("127.0.0.1", 2), new Session("a", "x"), LIMITS));
        assertFalse(sessions.admit(new InetSocketAddress("127.0.0.1", 3), new Session("a", "x"), LIMITS));
        assertTrue(sessions.admit(new InetSocketAddress("127.0.0.1", 4), new Session("b", "x"), LIMITS));
        assertFalse(sessions.admit(new InetSocketAddress("127.0.0.1", 5), new Session("c", "x"), LIMITS));
        sessions.forget(new InetSocketAddress("127.0.0.1", 1));
        assertTrue(sessions.admit(new InetSocketAddress("127.0.0.1", 6), new Session("c", "x"), LIMITS));
    }
}
