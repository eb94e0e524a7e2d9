package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.remote.client.ConnexionImpossibleException;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.OsgiServices;

/**
 * Sessions end when their account changes: core.server posts {@value RemoteServer#ACCOUNT_CHANGED} (password
 * changed, account disabled or locked, roles revoked); the remote layer closes every live connection of that login,
 * and its user reads why on the next call. The event is delivered here as EventAdmin would deliver it.
 */
class SessionEndTest {

    static final String PASSWORD = "fin-de-session-2026";

    @Test
    void aChangedAccountLosesItsSessionsAndOthersKeepTheirs() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String changed = "fin" + run;
        String other = "reste" + run;
        Administration admin = OsgiServices.service(Administration.class);
        CallContext.console().run(() -> {
            String code = String.format("97%03d", (int) (Math.random() * 1000));
            admin.add(code, "Fin " + run, CollectiviteKind.COMMUNE, 100, null);
            admin.addUser(changed, "Compte modifié", PASSWORD);
            admin.grant(changed, code, EnumSet.of(Role.LECTURE));
            admin.addUser(other, "Autre compte", PASSWORD);
            admin.grant(other, code, EnumSet.of(Role.LECTURE));
            return null;
        });
        String address = "ecftcp://localhost:" + OsgiServices.service(ServerConfig.class).getInt("remote.port", 3288)
                + "/server";
        try (ServerConnection first = ServerConnection.open(address, changed, PASSWORD);
                ServerConnection second = ServerConnection.open(address, changed, PASSWORD);
                ServerConnection bystander = ServerConnection.open(address, other, PASSWORD)) {
            assertEquals(1, first.service(CollectiviteService.class).mesCollectivites().size());
            assertEquals(1, second.service(CollectiviteService.class).mesCollectivites().size());

            RemoteServer server = (RemoteServer) handler();
            int connected = server.count();
            CallContext.console().run(() -> admin.setPassword(changed, PASSWORD + "-nouveau"));
            server.handleEvent(new Event(RemoteServer.ACCOUNT_CHANGED, Map.of("login", changed)));

            OsgiServices.await("both sessions of " + changed + " closed",
                    () -> !first.isConnected() && !second.isConnected());
            // the server forgets them too (mutualis:health counts them; the per-account cap must not)
            OsgiServices.await("both sessions forgotten", () -> server.count() == connected - 2);
            ConnexionImpossibleException e = assertThrows(ConnexionImpossibleException.class,
                    () -> first.service(CollectiviteService.class).mesCollectivites());
            assertEquals(RemoteServer.SESSION_CLOSED, e.getMessage());
            assertTrue(bystander.isConnected());
            assertEquals(1, bystander.service(CollectiviteService.class).mesCollectivites().size());
            assertThrows(ConnexionImpossibleException.class, () -> ServerConnection.open(address, changed, PASSWORD));
            try (ServerConnection again = ServerConnection.open(address, changed, PASSWORD + "-nouveau")) {
                assertFalse(again.service(CollectiviteService.class).mesCollectivites().isEmpty());
            }
        }
    }

    private static EventHandler handler() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(RemoteServer.class).getBundleContext();
        var references = context.getServiceReferences(EventHandler.class,
                "(event.topics=" + RemoteServer.ACCOUNT_CHANGED + ")");
        ServiceReference<EventHandler> reference = references.iterator().next();
        return context.getService(reference);
    }
}
