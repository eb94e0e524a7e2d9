package fr.mutualis.remote.client;

import java.util.function.Supplier;

import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.RequestId;

/**
 * The request id sent with each call of an {@link Idempotent} method: a new one per call, or, to retry a call whose
 * answer was lost ({@link ReponsePerdueException#requestId()}), the id of that call, so that the server answers the
 * first result instead of writing twice.
 */
public final class RequestIds {

    private static final ThreadLocal<RequestId> REUSED = new ThreadLocal<>();

    private RequestIds() {
    }

    /** Runs {@code call}, its {@link Idempotent} call sending {@code id} (retry it on this or another server node). */
    public static <T> T reuse(RequestId id, Supplier<T> call) {
        if (id == null) {
            throw new IllegalArgumentException("no request id to reuse");
        }
        RequestId previous = REUSED.get();
        REUSED.set(id);
        try {
            return call.get();
        } finally {
            if (previous == null) {
                REUSED.remove();
            } else {
                REUSED.set(previous);
            }
        }
    }

    /** The id for the next idempotent call of this thread. */
    static RequestId next() {
        RequestId reused = REUSED.get();
        return reused != null ? reused : RequestId.random();
    }
}
