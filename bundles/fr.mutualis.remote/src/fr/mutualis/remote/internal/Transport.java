package fr.mutualis.remote.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.mutualis.core.server.config.ServerConfig;

/**
 * How the server exposes its remote services, from the configuration: {@code remote.protocol} ({@code ecfssl} for
 * TLS, or {@code ecftcp} which is refused on any non-loopback address), {@code remote.host}, {@code remote.port},
 * and for TLS {@code tls.keystore} (PKCS12, e.g. made by {@code bin/mutualis-certificate}) and
 * {@code tls.keystore.password} (best given as {@code ${env:MUTUALIS_TLS_PASSWORD}}).
 */
record Transport(String protocol, String host, int port, Path keystore, char[] password) {

    static final String PLAIN = "ecftcp";
    static final String TLS = "ecfssl";

    static Transport from(ServerConfig config) throws UnknownHostException {
        String protocol = config.get("remote.protocol", PLAIN);
        String host = config.get("remote.host", "localhost");
        int port = config.getInt("remote.port", 3288);
        if (!PLAIN.equals(protocol) && !TLS.equals(protocol)) {
            throw new IllegalStateException("remote.protocol must be " + TLS + " or " + PLAIN + ", not " + protocol);
        }
        if (PLAIN.equals(protocol)) {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalStateException("Refusing to expose the remote services in plain " + PLAIN + " on "
                        + host + ", which is not a loopback address: set remote.protocol=" + TLS
                        + " with tls.keystore and tls.keystore.password (see bin/mutualis-certificate)");
            }
            return new Transport(protocol, host, port, null, null);
        }
        String keystore = config.get("tls.keystore", null);
        String password = config.get("tls.keystore.password", null);
        if (keystore == null || password == null || !Files.isReadable(Path.of(keystore))) {
            throw new IllegalStateException("remote.protocol=" + TLS + " needs a readable tls.keystore and its "
                    + "tls.keystore.password (found: " + keystore + ")");
        }
        return new Transport(protocol, host, port, Path.of(keystore), password.toCharArray());
    }

    boolean tls() {
        return TLS.equals(protocol);
    }

    String url() {
        return protocol + "://" + host + ":" + port + "/server";
    }
}
