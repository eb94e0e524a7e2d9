package fr.mutualis.remote.client;

import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.RequestId;

/**
 * A call of an {@link Idempotent} method got no answer (connection lost, server stopped): the write may or may not
 * have been done. Retrying it with {@link RequestIds#reuse} and {@link #requestId()}, on any server node, writes it at
 * most once and returns its result.
 */
public final class ReponsePerdueException extends ConnexionImpossibleException {

    private static final long serialVersionUID = 1L;

    private final RequestId requestId;

    public ReponsePerdueException(String message, RequestId requestId) {
        super(message);
        this.requestId = requestId;
    }

    public RequestId requestId() {
        return requestId;
    }
}
