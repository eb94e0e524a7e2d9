package fr.mutualis.remote.client;

import java.io.IOException;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.sharedobject.ISharedObject;
import org.eclipse.ecf.core.sharedobject.ISharedObjectContainerConfig;
import org.eclipse.ecf.provider.comm.AsynchEvent;
import org.eclipse.ecf.provider.generic.TCPClientSOContainer;

/** ECF's plain TCP client container, call responses handed over by {@link CallResponses}. */
final class PlainContainer extends TCPClientSOContainer implements CallResponses.Container {

    PlainContainer(ISharedObjectContainerConfig config) {
        super(config);
    }

    @Override
    protected void processAsynch(AsynchEvent event) throws IOException {
        if (!CallResponses.receive(event, this)) {
            super.processAsynch(event);
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
