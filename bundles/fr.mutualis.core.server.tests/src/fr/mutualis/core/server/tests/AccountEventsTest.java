package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.security.AccountEvents;
import fr.mutualis.testing.OsgiServices;

/**
 * The core posts {@code fr/mutualis/security/ACCOUNT_CHANGED} (properties {@code login}, {@code reason}) through
 * EventAdmin when a password changes, an account is disabled or a role is revoked: the remote layer ends that login's
 * sessions on it. Nothing is posted for a refused change.
 */
class AccountEventsTest {

    private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
    private ServiceRegistration<EventHandler> registration;

    @BeforeEach
    void subscribe() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "fr/mutualis/security/ACCOUNT_CHANGED");
        registration = OsgiServices.contextOf(AccountEventsTest.class).registerService(EventHandler.class,
                received::add, props);
    }

    @AfterEach
    void unsubscribe() {
        registration.unregister();
    }

    private List<String> next(String login) throws InterruptedException {
        return next(login, 10);
    }

    private List<String> next(String login, int seconds) throws InterruptedException {
        while (true) {
            Event e = received.poll(seconds, TimeUnit.SECONDS);
            if (e == null) {
                return null;
            }
            if (login.equals(e.getProperty("login"))) {
                return List.of(e.getTopic(), (String) e.getProperty("login"), (String) e.getProperty("reason"));
            }
        }
    }

    @Test
    void passwordChangeDisablingAndRevokingEachPostTheEvent() throws Exception {
        String login = Fixtures.newUser("evenement", "mot-de-passe-1");
        Collectivite syndicat = Fixtures.newSyndicat();
        asConsole(() -> admin().grant(login, syndicat.id().code(), Set.of(Role.LECTURE, Role.SAISIE)));

        asConsole(() -> admin().setPassword(login, "mot-de-passe-2"));
        List<String> password = next(login);
        asConsole(() -> admin().revoke(login, syndicat.id().code(), Set.of(Role.SAISIE)));
        List<String> revoked = next(login);
        asConsole(() -> admin().disableUser(login));
        List<String> disabled = next(login);

        String topic = AccountEvents.TOPIC;
        assertEquals(List.of(topic, login, "password changed"), password);
        assertEquals(List.of(topic, login, "roles revoked"), revoked);
        assertEquals(List.of(topic, login, "account disabled"), disabled);
        assertEquals("fr/mutualis/security/ACCOUNT_CHANGED", topic);
    }

    @Test
    void aRefusedChangePostsNothing() throws Exception {
        String login = Fixtures.newUser("evenement", "mot-de-passe-1");

        try {
            asConsole(() -> admin().setPassword(login, "court"));
        } catch (RuntimeException expected) {
            // too short: refused
        }
        try {
            asConsole(() -> admin().enableUser(login));
        } catch (RuntimeException expected) {
            // not disabled: refused
        }

        assertEquals(null, next(login, 2));
    }

    /**
     * Several server nodes on one database (issue 16): a change made here is recorded for the other nodes, and a change
     * another node recorded ends the sessions here too (its row read within {@code cluster.poll.millis}).
     */
    @Test
    void anAccountChangeMadeOnAnotherNodeIsPostedHereAndOneMadeHereIsRecordedForThem() throws Exception {
        String login = Fixtures.newUser("noeud", "mot-de-passe-1");
        asConsole(() -> admin().setPassword(login, "mot-de-passe-2"));
        assertEquals(List.of(AccountEvents.TOPIC, login, "password changed"), next(login));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM changement_acces WHERE login = ? AND motif = ?", login,
                "password changed"), "recorded once for the other nodes");

        Fixtures.update("INSERT INTO changement_acces (noeud, login, motif, cree_le) VALUES (?, ?, ?, ?)",
                "autre-noeud:1234:3289", login, "account disabled", java.time.LocalDateTime.now());
        assertEquals(List.of(AccountEvents.TOPIC, login, "account disabled"), next(login),
                "the change of the other node ends this node's sessions of the login");
        assertEquals(null, next(login, 3), "once");
    }
}
