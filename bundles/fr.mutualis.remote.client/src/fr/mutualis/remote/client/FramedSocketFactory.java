package fr.mutualis.remote.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.eclipse.ecf.provider.comm.tcp.SocketFactory;

/** ECF's plain-TCP socket factory, giving {@link FramedSocket}s: installed once for the client's JVM. */
final class FramedSocketFactory extends SocketFactory {

    private static boolean installed;

    static synchronized void install() {
        if (!installed) {
            SocketFactory.setSocketFactory(new FramedSocketFactory());
            installed = true;
        }
    }

    @Override
    public Socket createSocket(String name, int port, int timeout) throws IOException {
        Socket socket = new FramedSocket(new Socket());
        socket.connect(new InetSocketAddress(name, port), timeout);
        return socket;
    }
}
