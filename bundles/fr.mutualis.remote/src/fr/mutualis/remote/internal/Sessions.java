package fr.mutualis.remote.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.ecf.core.identity.ID;

/** Authenticated connections by client container ID; an entry lives from connect to disconnect. */
final class Sessions {

    private final Map<ID, Session> byClient = new ConcurrentHashMap<>();

    void open(ID client, Session session) {
        byClient.put(client, session);
    }

    void close(ID client) {
        byClient.remove(client);
    }

    Optional<Session> find(ID client) {
        return Optional.ofNullable(client == null ? null : byClient.get(client));
    }

    int size() {
        return byClient.size();
    }
}
