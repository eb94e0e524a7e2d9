package fr.mutualis.remote.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.Socket;

import org.eclipse.ecf.provider.generic.SSLServerSOContainerGroup;

/** The TLS counterpart of {@link PlainGroup}: the {@link Gate} listens, ECF only sees logged-in connections. */
final class TlsGroup extends SSLServerSOContainerGroup {

    private final Limits limits;

    TlsGroup(int port, Limits limits) {
        super(DEFAULT_GROUP_NAME, null, port);
        this.limits = limits;
    }

    @Override
    public synchronized void putOnTheAir() {
        // the Gate listens
    }

    @Override
    public synchronized void takeOffTheAir() {
        // the Gate closes its socket
    }

    /** ECF's handling of one connection, on the caller's thread. */
    void join(Socket socket) throws Exception {
        handleSyncAccept(socket);
    }

    @Override
    protected ObjectInputStream createObjectInputStream(Socket socket) throws IOException {
        return InboundFilter.stream(Buffers.input(socket), InboundFilter.ENVELOPES, limits.messageBytes());
    }

    @Override
    protected ObjectOutputStream createObjectOutputStream(Socket socket) throws IOException {
        return Buffers.output(socket);
    }
}
