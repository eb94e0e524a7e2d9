package fr.mutualis.core.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * The id a client draws for one call of an {@link Idempotent} method, sent after the method's own arguments and
 * sent again, unchanged, when the call is retried.
 */
public record RequestId(UUID value) implements Serializable {

    public RequestId {
        if (value == null) {
            throw new DonneeInvalideException("Identifiant de requête manquant.");
        }
    }

    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }
}
