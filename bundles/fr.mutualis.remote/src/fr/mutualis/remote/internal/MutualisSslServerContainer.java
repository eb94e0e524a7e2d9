package fr.mutualis.remote.internal;

import java.io.IOException;
import java.io.Serializable;
import java.net.Socket;
import java.net.URISyntaxException;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.sharedobject.ISharedObject;
import org.eclipse.ecf.core.sharedobject.ISharedObjectContainerConfig;
import org.eclipse.ecf.provider.comm.AsynchEvent;
import org.eclipse.ecf.provider.comm.IAsynchConnection;
import org.eclipse.ecf.provider.comm.ISynchAsynchConnection;
import org.eclipse.ecf.provider.comm.SynchEvent;
import org.eclipse.ecf.provider.generic.ContainerMessage;
import org.eclipse.ecf.provider.generic.SSLServerSOContainer;

import fr.mutualis.remote.transport.DirectWrites;

/** The TLS ({@code ecfssl}) server container; see {@link ClientIsolation}. */
final class MutualisSslServerContainer extends SSLServerSOContainer {

    MutualisSslServerContainer(ISharedObjectContainerConfig config, TlsGroup group)
            throws IOException, URISyntaxException {
        super(config, group, DEFAULT_KEEPALIVE);
    }

    private final DirectCalls.Container container = new DirectCalls.Container() {
        @Override
        public ID id() {
            return getID();
        }

        @Override
        public ISharedObject sharedObject(ID id) {
            return getSharedObject(id);
        }
    };

    @Override
    protected ContainerMessage acceptNewClient(Socket socket, String target, Serializable data,
            ISynchAsynchConnection conn) {
        return ClientIsolation.restrictView(super.acceptNewClient(socket, target, data, conn), getID(),
                getNextSequenceNumber());
    }

    @Override
    protected void forwardToRemote(ID from, ID to, ContainerMessage data) {
        // no relaying between clients
    }

    @Override
    protected void forwardExcluding(ID from, ID excluding, ContainerMessage data) {
        // no relaying between clients
    }

    @Override
    protected Object deserializeSharedObjectMessage(byte[] bytes) throws IOException, ClassNotFoundException {
        return CallerStream.sharedObjectMessage(bytes, this::getSharedObject);
    }

    @Override
    protected void processAsynch(AsynchEvent event) throws IOException {
        if (!(event.getData() instanceof byte[] bytes)) {
            super.processAsynch(event); // ECF ignores it
            return;
        }
        ContainerMessage message = ClientIsolation.verified(bytes, event.getConnection(), this::getIDForConnection);
        try {
            if (message != null && !DirectCalls.receive(message, container)) {
                super.processAsynch(event);
            }
        } catch (IOException e) {
            handleAsynchIOException(e, event); // as ECF does: the connection is closed
        }
    }

    @Override
    protected void sendMessage(ContainerMessage message) throws IOException {
        IAsynchConnection connection = DirectCalls.recipient(message, getID(), getGroupMembershipLock(),
                this::getConnectionForID);
        if (connection == null) {
            super.sendMessage(message);
        } else {
            byte[] bytes = serialize(message);
            if (!DirectWrites.write(connection, bytes)) {
                connection.sendAsynch(message.getToContainerID(), bytes);
            }
        }
    }

    @Override
    protected Serializable processSynch(SynchEvent event) throws IOException {
        if (ClientIsolation.authentic(event.getData(), event.getConnection(), this::getIDForConnection)) {
            return super.processSynch(event);
        }
        return null;
    }
}
