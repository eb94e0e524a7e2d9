package fr.mutualis.remote.internal;

import java.io.IOException;
import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.Socket;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.sharedobject.ISharedObjectContainerConfig;
import org.eclipse.ecf.provider.comm.AsynchEvent;
import org.eclipse.ecf.provider.comm.ISynchAsynchConnection;
import org.eclipse.ecf.provider.generic.ContainerMessage;
import org.eclipse.ecf.provider.generic.TCPServerSOContainer;

/**
 * The ECF generic server container, hardened for a server whose clients must not see each other:
 * <ul>
 * <li>clients are never told the IDs of other clients (ECF announces every member to every other one by default);</li>
 * <li>messages are never relayed from one client to another (ECF's group-messaging behaviour);</li>
 * <li>a message whose sender ID is not the one its connection authenticated with is dropped.</li>
 * </ul>
 * Together these keep one client from impersonating another by naming its container ID in a request.
 */
final class MutualisServerContainer extends TCPServerSOContainer {

    private static final System.Logger LOG = System.getLogger(MutualisServerContainer.class.getName());

    /**
     * Listens on the port and path of the container ID (e.g. {@code ecftcp://localhost:3288/server}). ECF's
     * constructor taking an explicit port swaps it with the backlog (binds port 50), so the ID carries the port.
     */
    MutualisServerContainer(ISharedObjectContainerConfig config, InetAddress bindAddress)
            throws IOException, java.net.URISyntaxException {
        super(config, bindAddress, DEFAULT_KEEPALIVE);
    }

    @Override
    protected ContainerMessage acceptNewClient(Socket socket, String target, Serializable data,
            ISynchAsynchConnection conn) {
        ContainerMessage response = super.acceptNewClient(socket, target, data, conn);
        if (response.getData() instanceof ContainerMessage.ViewChangeMessage view && view.isAdd()) {
            ID client = response.getToContainerID();
            return ContainerMessage.createViewChangeMessage(getID(), client, getNextSequenceNumber(),
                    new ID[] { getID(), client }, true, null);
        }
        return response;
    }

    @Override
    protected void forwardToRemote(ID from, ID to, ContainerMessage data) {
        LOG.log(Level.DEBUG, "Dropped a message from {0} addressed to another client", from);
    }

    @Override
    protected void forwardExcluding(ID from, ID excluding, ContainerMessage data) {
        // No group relaying between clients: each client only talks to the server.
    }

    @Override
    protected void processAsynch(AsynchEvent event) throws IOException {
        ID expected = event.getConnection() == null ? null : getIDForConnection(
                (org.eclipse.ecf.provider.comm.IAsynchConnection) event.getConnection());
        if (event.getData() instanceof byte[] bytes) {
            ContainerMessage message;
            try {
                message = validateContainerMessage(deserializeContainerMessage(bytes));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Dropped an unreadable message from {0}: {1}", expected, e.getMessage());
                return;
            }
            if (message == null || expected == null || !expected.equals(message.getFromContainerID())) {
                LOG.log(Level.WARNING, "Dropped a message claiming to come from {0} on the connection of {1}",
                        message == null ? null : message.getFromContainerID(), expected);
                return;
            }
        }
        super.processAsynch(event);
    }
}
