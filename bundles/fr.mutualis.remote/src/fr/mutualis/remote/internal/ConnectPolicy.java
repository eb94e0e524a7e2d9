package fr.mutualis.remote.internal;

import java.security.PermissionCollection;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.security.IConnectHandlerPolicy;

import fr.mutualis.core.server.security.Authenticator;

/**
 * Runs when a client connects, before it joins: the connect data must be {@code String[]{login, password}} and
 * match an account. A refusal travels back to the client as a {@link SecurityException} with a French message.
 */
final class ConnectPolicy implements IConnectHandlerPolicy {

    private final Authenticator authenticator;
    private final Sessions sessions;

    ConnectPolicy(Authenticator authenticator, Sessions sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @Override
    public PermissionCollection checkConnect(Object address, ID fromID, ID targetID, String targetGroup,
            Object connectData) throws Exception {
        String clientAddress = String.valueOf(address);
        if (!(connectData instanceof String[] credentials) || credentials.length != 2) {
            throw new SecurityException(Authenticator.REFUSAL);
        }
        String login = authenticator.authenticate(credentials[0], credentials[1], clientAddress);
        sessions.open(fromID, new Session(login, clientAddress));
        return null;
    }

    @Override
    public void refresh() {
        // nothing cached
    }
}
