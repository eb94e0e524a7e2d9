package fr.mutualis.remote.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.function.Function;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.sharedobject.ISharedObject;
import org.eclipse.ecf.core.sharedobject.SharedObjectMsg;
import org.eclipse.ecf.core.sharedobject.SharedObjectMsgEvent;
import org.eclipse.ecf.provider.comm.IAsynchConnection;
import org.eclipse.ecf.provider.generic.ContainerMessage;

/**
 * The short way of a remote call through ECF's generic server, shared by the plain and TLS containers. ECF reads
 * every shared-object message of every client under the container's single lock, then queues it for the one
 * delivery thread of its shared object, which hands each call to the {@link CallExecutor}; the response is then
 * serialized, again under that lock, before being queued for the connection's sender thread. With several clients
 * the calls wait for each other on that lock, and each call pays one more thread hand-off.
 * <p>
 * Here a call request goes from the thread reading its connection to the {@link MutualisRegistry}, which reads it
 * and hands it to the {@link CallExecutor}, as ECF's delivery thread did, with the same checks: the message was read
 * under the allow-list and its sender checked against its connection ({@link ClientIsolation}) before, the request
 * is read with {@link CallerStream}, its container checked against the sender, and the {@link CallPolicy} runs before
 * the call. A message addressed to one client is serialized outside the lock. Anything else takes ECF's way.
 */
final class DirectCalls {

    private static final System.Logger LOG = System.getLogger(DirectCalls.class.getName());

    /** What the containers give of themselves. */
    interface Container {
        ID id();

        ISharedObject sharedObject(ID id);
    }

    private DirectCalls() {
    }

    /**
     * Hands a call request to the registry it is addressed to; false when the message is not one (ECF handles it).
     *
     * @param message a message read under the allow-list whose sender is the client of its connection
     */
    static boolean receive(ContainerMessage message, Container container) throws IOException {
        if (!(message.getData() instanceof ContainerMessage.SharedObjectMessage data)
                || !(data.getData() instanceof byte[] bytes)) {
            return false;
        }
        ID to = message.getToContainerID();
        if (to != null && !to.equals(container.id())
                || !(container.sharedObject(data.getFromSharedObjectID()) instanceof MutualisRegistry registry)) {
            return false;
        }
        Object read;
        try {
            read = CallerStream.sharedObjectMessage(bytes, container::sharedObject);
        } catch (ClassNotFoundException e) {
            LOG.log(Level.WARNING, "Dropped an unreadable message from {0}: {1}", message.getFromContainerID(),
                    e.getMessage());
            return true;
        }
        // BaseSharedObject sends its messages wrapped in an event
        if (!(read instanceof SharedObjectMsgEvent event) || !(event.getSharedObjectMsg() instanceof SharedObjectMsg msg)
                || !registry.isCallRequest(msg)) {
            return false;
        }
        registry.receive(message.getFromContainerID(), msg);
        return true;
    }

    /** The connection of the one client a message is addressed to, or null (to all, to the server, left). */
    static IAsynchConnection recipient(ContainerMessage message, ID server, Object lock,
            Function<ID, IAsynchConnection> connections) {
        ID to = message.getToContainerID();
        if (to == null || to.equals(server)) {
            return null;
        }
        synchronized (lock) {
            return connections.apply(to);
        }
    }
}
