package fr.mutualis.core.server.spi;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Calls of {@link fr.mutualis.core.api.Idempotent} methods run at most once per request id. Used by the remote
 * layer; the business write of such a method uses
 * {@link fr.mutualis.core.server.persistence.Transactions#writeOnce}.
 */
public interface IdempotentCalls {

    /**
     * The result recorded for {@code request} by the current caller when its write committed already; otherwise runs
     * {@code call} under that request id, so that its write records the result.
     *
     * @param method {@code interface#method}, for the record
     * @param types  class loader resolving the classes of the result (the remote interface's)
     */
    Object once(UUID request, String method, ClassLoader types, Supplier<Object> call);
}
