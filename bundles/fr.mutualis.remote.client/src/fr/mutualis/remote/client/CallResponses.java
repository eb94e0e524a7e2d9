package fr.mutualis.remote.client;

import java.io.IOException;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.sharedobject.ISharedObject;
import org.eclipse.ecf.core.sharedobject.SharedObjectMsg;
import org.eclipse.ecf.core.sharedobject.SharedObjectMsgEvent;
import org.eclipse.ecf.provider.comm.AsynchEvent;
import org.eclipse.ecf.provider.generic.ContainerMessage;
import org.eclipse.ecf.provider.generic.SOContainer;
import org.eclipse.ecf.provider.remoteservice.generic.RegistrySharedObject;

/**
 * The response to a remote call, handed to the waiting caller by the thread reading the connection. ECF queues every
 * message for the one delivery thread of the remote-service registry, which then wakes the caller: one more thread
 * hand-off per call, on top of the connection's own. Only call responses take this way, read as ECF reads them;
 * every other message (the server's services, leaving) is ECF's.
 */
final class CallResponses {

    private static final String CALL_RESPONSE = "handleCallResponseBytes";

    /** What the containers give of themselves. */
    interface Container {
        ISharedObject sharedObject(ID id);

        Object read(byte[] sharedObjectMessage) throws IOException, ClassNotFoundException;
    }

    private CallResponses() {
    }

    /** True when the event was a call response and its caller was handed it; false for ECF to handle it. */
    static boolean receive(AsynchEvent event, Container container) throws IOException {
        if (!(event.getData() instanceof byte[] bytes)) {
            return false;
        }
        ContainerMessage message = SOContainer.deserializeContainerMessage(bytes);
        if (message == null || !(message.getData() instanceof ContainerMessage.SharedObjectMessage data)
                || !(data.getData() instanceof byte[] payload)
                || !(container.sharedObject(data.getFromSharedObjectID()) instanceof RegistrySharedObject registry)) {
            return false;
        }
        try {
            // BaseSharedObject sends its messages wrapped in an event
            if (!(container.read(payload) instanceof SharedObjectMsgEvent wrapped)
                    || !(wrapped.getSharedObjectMsg() instanceof SharedObjectMsg msg)
                    || !CALL_RESPONSE.equals(msg.getMethod())) {
                return false;
            }
            if (!(msg.getParameters() instanceof Object[] parameters && parameters.length == 1
                    && parameters[0] instanceof byte[] response && CallResponseReader.deliver(registry, response))) {
                msg.invoke(registry);
            }
            return true;
        } catch (ClassNotFoundException e) {
            return false; // ECF reports it
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("call response not delivered: " + e.getMessage(), e);
        }
    }
}
