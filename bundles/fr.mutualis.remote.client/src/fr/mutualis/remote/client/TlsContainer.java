package fr.mutualis.remote.client;

import java.io.IOException;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.sharedobject.ISharedObject;
import org.eclipse.ecf.core.sharedobject.ISharedObjectContainerConfig;
import org.eclipse.ecf.provider.comm.AsynchEvent;
import org.eclipse.ecf.provider.comm.ISynchAsynchConnection;
import org.eclipse.ecf.provider.generic.ContainerMessage;
import org.eclipse.ecf.provider.generic.SSLClientSOContainer;

import fr.mutualis.remote.transport.DirectWrites;

/**
 * ECF's TLS client container: call responses handed over by {@link CallResponses}, messages written on the
 * caller's thread by {@link DirectWrites}.
 */
final class TlsContainer extends SSLClientSOContainer implements CallResponses.Container {

    TlsContainer(ISharedObjectContainerConfig config) {
        super(config);
    }

    @Override
    protected void processAsynch(AsynchEvent event) throws IOException {
        if (!CallResponses.receive(event, this)) {
            super.processAsynch(event);
        }
    }

    /** Written on the caller's thread ({@link DirectWrites}) once connected; before that ECF refuses it as usual. */
    @Override
    protected void sendMessage(ContainerMessage message) throws IOException {
        ISynchAsynchConnection connection = getConnection();
        if (connection == null || !isConnected() || !DirectWrites.write(connection, serialize(message))) {
            super.sendMessage(message);
        }
    }

    @Override
    public ISharedObject sharedObject(ID id) {
        return getSharedObject(id);
    }

    @Override
    public Object read(byte[] sharedObjectMessage) throws IOException, ClassNotFoundException {
        return deserializeSharedObjectMessage(sharedObjectMessage);
    }
}
