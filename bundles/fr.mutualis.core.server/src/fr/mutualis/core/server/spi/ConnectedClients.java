package fr.mutualis.core.server.spi;

/**
 * The number of remote clients connected right now. Implemented by the remote layer; while none is registered the
 * health report shows the number as unknown.
 */
public interface ConnectedClients {

    int count();
}
