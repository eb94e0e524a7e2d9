package fr.mutualis.remote.internal;

import java.lang.System.Logger.Level;
import java.net.SocketAddress;
import java.security.PermissionCollection;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.security.IConnectHandlerPolicy;

/**
 * Runs inside ECF's group lock when a connection joins, so it does no hashing and no database work: the connection
 * logged in before ECF saw it ({@link Gate}); this only binds that identity to the container ID the client joins
 * with, and refuses an ID already bound to another live connection (ECF would otherwise drop that connection).
 */
final class ConnectPolicy implements IConnectHandlerPolicy {

    private static final System.Logger LOG = System.getLogger(ConnectPolicy.class.getName());
    static final String NOT_LOGGED_IN = "Connexion refusée : identification manquante. Reconnectez-vous.";

    private final Sessions sessions;

    ConnectPolicy(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public PermissionCollection checkConnect(Object address, ID fromID, ID targetID, String targetGroup,
            Object connectData) throws Exception {
        Session session = address instanceof SocketAddress connection ? sessions.bind(connection, fromID) : null;
        if (session == null) {
            LOG.log(Level.WARNING, "Refused to join {0} from {1}: not logged in, or ID already in use", fromID,
                    address);
            throw new SecurityException(NOT_LOGGED_IN);
        }
        return null;
    }

    @Override
    public void refresh() {
        // nothing cached
    }
}
