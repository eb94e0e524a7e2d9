package fr.mutualis.remote.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.provider.comm.AsynchEvent;
import org.eclipse.ecf.provider.comm.IAsynchConnection;
import org.eclipse.ecf.provider.generic.ContainerMessage;

/**
 * What makes an ECF generic server safe for clients that must not see or impersonate each other, shared by the
 * plain and TLS containers:
 * <ul>
 * <li>a client is never told the IDs of the other clients (ECF announces every member to every other one);</li>
 * <li>messages are never relayed from one client to another (ECF's group messaging);</li>
 * <li>a message whose sender ID is not the one its connection authenticated with is dropped.</li>
 * </ul>
 * Together they keep one client from naming another client's container ID in its requests.
 */
final class ClientIsolation {

    private static final System.Logger LOG = System.getLogger(ClientIsolation.class.getName());

    interface Decoder {
        ContainerMessage decode(byte[] bytes) throws IOException;
    }

    interface Identities {
        ID of(IAsynchConnection connection);
    }

    private ClientIsolation() {
    }

    /** The connect response tells the new client about the server and itself only. */
    static ContainerMessage restrictView(ContainerMessage response, ID server, long sequence) {
        if (response.getData() instanceof ContainerMessage.ViewChangeMessage view && view.isAdd()) {
            ID client = response.getToContainerID();
            return ContainerMessage.createViewChangeMessage(server, client, sequence, new ID[] { server, client },
                    true, null);
        }
        return response;
    }

    /** True when the message really comes from the client its connection belongs to. */
    static boolean authentic(AsynchEvent event, Identities identities, Decoder decoder) {
        if (!(event.getData() instanceof byte[] bytes)) {
            return true;
        }
        ID expected = event.getConnection() instanceof IAsynchConnection connection ? identities.of(connection) : null;
        ContainerMessage message;
        try {
            message = decoder.decode(bytes);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Dropped an unreadable message from {0}: {1}", expected, e.getMessage());
            return false;
        }
        if (message == null || expected == null || !expected.equals(message.getFromContainerID())) {
            LOG.log(Level.WARNING, "Dropped a message claiming to come from {0} on the connection of {1}",
                    message == null ? null : message.getFromContainerID(), expected);
            return false;
        }
        return true;
    }
}
