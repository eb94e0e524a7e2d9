package fr.mutualis.remote.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * TLS for {@code ecfssl} addresses. ECF's TLS client takes its {@link SSLSocketFactory} from the OSGi service
 * registry: this registers one that trusts the certificate file or truststore named by the system property
 * {@value #TRUSTSTORE} (the client script maps {@code MUTUALIS_TRUSTSTORE} to it) or, without it, the JDK's
 * certificate authorities, and that checks the server's host name against its certificate.
 */
final class ClientTls {

    static final String TRUSTSTORE = "mutualis.truststore";

    private static ServiceRegistration<SSLSocketFactory> registration;
    private static String registeredFor;

    private ClientTls() {
    }

    /** Registers (or replaces) the factory for the current trust settings. */
    static synchronized void prepare() throws IOException, GeneralSecurityException {
        String truststore = System.getProperty(TRUSTSTORE, "");
        if (registration != null && truststore.equals(registeredFor)) {
            return;
        }
        SSLSocketFactory factory = new VerifyingFactory(context(truststore).getSocketFactory());
        BundleContext bundle = FrameworkUtil.getBundle(ClientTls.class).getBundleContext();
        if (registration != null) {
            registration.unregister();
        }
        registration = bundle.registerService(SSLSocketFactory.class, factory, null);
        registeredFor = truststore;
    }

    private static SSLContext context(String truststore) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(truststore.isEmpty() ? null : load(Path.of(truststore)));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** A PKCS12 truststore, or a certificate file (PEM or DER) such as the server's {@code server.crt}. */
    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (file.toString().endsWith(".p12") || file.toString().endsWith(".pfx")) {
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, new char[0]);
            }
            return store;
        }
        store.load(null, null);
        try (InputStream in = Files.newInputStream(file)) {
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("mutualis-" + i++, certificate);
            }
        }
        return store;
    }

    /** Turns on host name verification (off by default for plain SSL sockets) and restricts to TLS 1.3/1.2. */
    private static final class VerifyingFactory extends SSLSocketFactory {

        private final SSLSocketFactory delegate;

        VerifyingFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        private Socket secure(Socket socket) {
            SSLSocket ssl = (SSLSocket) socket;
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
            ssl.setSSLParameters(parameters);
            return ssl;
        }

        /** What ECF's TLS client calls: an unconnected socket, which logs in once ECF connects it. */
        @Override
        public Socket createSocket() throws IOException {
            return new FramedSocket(secure(delegate.createSocket()));
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return secure(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return secure(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return secure(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return secure(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return secure(delegate.createSocket(address, port, localAddress, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }
    }
}
