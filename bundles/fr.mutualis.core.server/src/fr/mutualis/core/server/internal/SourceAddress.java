package fr.mutualis.core.server.internal;

/**
 * The host part of a client address as the remote layer gives it ({@code 192.0.2.10}, {@code /192.0.2.10:41234},
 * {@code host/192.0.2.10:41234}, {@code [2001:db8::1]:41234}): the key failed logins are counted under, so that a
 * client cannot escape its source's backoff by opening connections from new ports.
 */
final class SourceAddress {

    private SourceAddress() {
    }

    static String host(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        int slash = a.lastIndexOf('/');
        if (slash >= 0) {
            a = a.substring(slash + 1);
        }
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            return end > 0 ? a.substring(1, end) : a;
        }
        int colon = a.indexOf(':');
        return colon > 0 && colon == a.lastIndexOf(':') ? a.substring(0, colon) : a;
    }

    /** Loopback clients (local tools, tests, a reverse proxy on the same machine) share one address. */
    static boolean loopback(String host) {
        return host != null && (host.startsWith("127.") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
                || host.equals("localhost"));
    }
}
