package fr.mutualis.remote.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.lang.System.Logger.Level;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.provider.comm.IAsynchConnection;
import org.eclipse.ecf.provider.comm.IConnection;
import org.eclipse.ecf.provider.generic.ContainerMessage;

/**
 * What makes an ECF generic server safe for clients that must not see or impersonate each other, shared by the
 * plain and TLS containers:
 * <ul>
 * <li>a client is never told the IDs of the other clients (ECF announces every member to every other one);</li>
 * <li>messages are never relayed from one client to another (ECF's group messaging);</li>
 * <li>a message, asynchronous or synchronous (leave), whose sender ID is not the one its connection joined with is
 * dropped; it is first read under the {@link InboundFilter}'s container-message allow-list.</li>
 * </ul>
 * The remote calls inside a message are checked against the same sender by {@link MutualisRegistry}.
 */
final class ClientIsolation {

    private static final System.Logger LOG = System.getLogger(ClientIsolation.class.getName());

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

    /** True when the message is readable under the allow-list and really comes from its connection's client. */
    static boolean authentic(Object data, IConnection connection, Identities identities) {
        if (!(data instanceof byte[] bytes)) {
            return true; // ECF ignores anything else
        }
        return verified(bytes, connection, identities) != null;
    }

    /** The message, read under the allow-list, when it really comes from its connection's client; null otherwise. */
    static ContainerMessage verified(byte[] bytes, IConnection connection, Identities identities) {
        ID expected = connection instanceof IAsynchConnection asynch ? identities.of(asynch) : null;
        ContainerMessage message;
        try {
            message = decode(bytes);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.log(Level.WARNING, "Dropped an unreadable message from {0}: {1}", expected, e.getMessage());
            return null;
        }
        if (expected == null || !expected.equals(message.getFromContainerID())) {
            LOG.log(Level.WARNING, "Dropped a {0} claiming to come from {1} on the connection of {2}",
                    message.getData() == null ? "message" : message.getData().getClass().getSimpleName(),
                    message.getFromContainerID(), expected);
            return null;
        }
        return message;
    }

    static ContainerMessage decode(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = InboundFilter.stream(new ByteArrayInputStream(bytes),
                InboundFilter.CONTAINER_MESSAGES, bytes.length)) {
            return (ContainerMessage) in.readObject();
        }
    }
}
