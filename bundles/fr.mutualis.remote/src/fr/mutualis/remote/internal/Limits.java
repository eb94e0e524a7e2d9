package fr.mutualis.remote.internal;

import fr.mutualis.core.server.config.ServerConfig;

/**
 * The bounds of the remote layer, from {@code mutualis.properties}:
 * <ul>
 * <li>{@code remote.handshake.millis} (5000): time a new connection has to send its login frame (and, with TLS, to
 * finish its handshake); twice that to have joined;</li>
 * <li>{@code remote.preauth.perSource} (8) and {@code remote.preauth.total} (64): connections not yet logged in, per
 * source address and in all;</li>
 * <li>{@code remote.sessions.perLogin} (8) and {@code remote.sessions.total} (500): logged-in connections per account
 * and in all;</li>
 * <li>{@code remote.message.maxBytes} (16 MiB): bytes of one message a client sends (not of a whole connection).</li>
 * </ul>
 */
record Limits(int handshakeMillis, int preauthPerSource, int preauthTotal, int sessionsPerLogin, int sessionsTotal,
        int messageBytes) {

    static Limits from(ServerConfig config) {
        return new Limits(positive(config, "remote.handshake.millis", 5000),
                positive(config, "remote.preauth.perSource", 8), positive(config, "remote.preauth.total", 64),
                positive(config, "remote.sessions.perLogin", 8), positive(config, "remote.sessions.total", 500),
                positive(config, "remote.message.maxBytes", 16 * 1024 * 1024));
    }

    private static int positive(ServerConfig config, String key, int defaultValue) {
        int value = config.getInt(key, defaultValue);
        if (value <= 0) {
            throw new IllegalStateException(key + " must be a positive number, not " + value);
        }
        return value;
    }
}
