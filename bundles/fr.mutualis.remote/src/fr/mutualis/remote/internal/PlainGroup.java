package fr.mutualis.remote.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.Socket;

import org.eclipse.ecf.provider.generic.TCPServerSOContainerGroup;

/**
 * ECF's plain group without ECF's listener: the {@link Gate} owns the socket and hands it only logged-in
 * connections, whose object stream is read under the {@link InboundFilter}, per message.
 */
final class PlainGroup extends TCPServerSOContainerGroup {

    private final Limits limits;

    PlainGroup(int port, Limits limits) {
        super(DEFAULT_GROUP_NAME, null, port, null);
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

    @Override
    protected ObjectInputStream createObjectInputStream(Socket socket) throws IOException {
        return InboundFilter.stream(Buffers.input(socket), InboundFilter.ENVELOPES, limits.messageBytes());
    }

    @Override
    protected ObjectOutputStream createObjectOutputStream(Socket socket) throws IOException {
        return Buffers.output(socket);
    }
}
