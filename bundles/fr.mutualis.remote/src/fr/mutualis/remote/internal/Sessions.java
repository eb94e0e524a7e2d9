package fr.mutualis.remote.internal;

import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.ecf.core.identity.ID;

/**
 * Who is behind each connection. A connection is first <em>admitted</em> (its login frame was accepted, keyed by its
 * remote socket address, unique while it is open), then <em>bound</em> to the container ID it joins with, from join
 * to disconnect.
 */
final class Sessions {

    private final Map<SocketAddress, Session> admitted = new ConcurrentHashMap<>();
    private final Map<ID, Session> byClient = new ConcurrentHashMap<>();

    /** Records a logged-in connection unless its account or the server has reached its session limit. */
    synchronized boolean admit(SocketAddress connection, Session session, Limits limits) {
        long mine = admitted.values().stream().filter(s -> s.login().equals(session.login())).count()
                + byClient.values().stream().filter(s -> s.login().equals(session.login())).count();
        if (mine >= limits.sessionsPerLogin() || admitted.size() + byClient.size() >= limits.sessionsTotal()) {
            return false;
        }
        admitted.put(connection, session);
        return true;
    }

    void forget(SocketAddress connection) {
        admitted.remove(connection);
    }

    /**
     * Binds the container ID a logged-in connection joins with to its session; refused for a connection that did not
     * log in, and for an ID already bound to another live connection.
     */
    synchronized Session bind(SocketAddress connection, ID client) {
        if (client == null || byClient.containsKey(client)) {
            return null;
        }
        Session session = admitted.remove(connection);
        if (session != null) {
            byClient.put(client, session);
        }
        return session;
    }

    void close(ID client) {
        byClient.remove(client);
    }

    Optional<Session> find(ID client) {
        return Optional.ofNullable(client == null ? null : byClient.get(client));
    }

    /** The container IDs of the live connections of an account. */
    List<ID> of(String login) {
        return byClient.entrySet().stream().filter(e -> e.getValue().login().equals(login)).map(Map.Entry::getKey)
                .toList();
    }

    int size() {
        return byClient.size();
    }
}
