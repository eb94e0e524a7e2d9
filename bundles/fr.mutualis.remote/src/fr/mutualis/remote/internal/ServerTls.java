package fr.mutualis.remote.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;

/** The server's TLS endpoint: its key and certificate from the configured PKCS12 keystore, TLS 1.3 and 1.2 only. */
final class ServerTls {

    private ServerTls() {
    }

    static SSLServerSocketFactory factory(Transport transport) throws IOException, GeneralSecurityException {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(transport.keystore())) {
            keystore.load(in, transport.password());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keystore, transport.password());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context.getServerSocketFactory();
    }

    static SSLServerSocket listen(SSLServerSocketFactory factory, Transport transport) throws IOException {
        SSLServerSocket socket = (SSLServerSocket) factory.createServerSocket(transport.port(), 50,
                InetAddress.getByName(transport.host()));
        socket.setEnabledProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
        return socket;
    }
}
