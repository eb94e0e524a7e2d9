package fr.mutualis.remote.internal;

import fr.mutualis.core.api.RequestId;
import fr.mutualis.core.server.context.CallContext;

/**
 * Hands the verified context from the call policy to the guard. ECF runs the policy check and the invocation on
 * the same thread, one after the other; the guard takes the context (and clears it) before calling business code.
 */
final class PendingCall {

    /** The verified context, and the request id of a call of an {@link fr.mutualis.core.api.Idempotent} method. */
    record Verified(CallContext context, RequestId request) {
    }

    private static final ThreadLocal<Verified> VERIFIED = new ThreadLocal<>();

    private PendingCall() {
    }

    static void set(CallContext context, RequestId request) {
        VERIFIED.set(new Verified(context, request));
    }

    /** The request id of the verified call on this thread, left in place; null when there is none. */
    static RequestId request() {
        Verified verified = VERIFIED.get();
        return verified == null ? null : verified.request();
    }

    static Verified take() {
        Verified verified = VERIFIED.get();
        VERIFIED.remove();
        return verified;
    }
}
