package fr.mutualis.remote.internal;

import fr.mutualis.core.server.context.CallContext;

/**
 * Hands the verified context from the call policy to the guard. ECF runs the policy check and the invocation on
 * the same thread, one after the other; the guard takes the context (and clears it) before calling business code.
 */
final class PendingCall {

    private static final ThreadLocal<CallContext> VERIFIED = new ThreadLocal<>();

    private PendingCall() {
    }

    static void set(CallContext context) {
        VERIFIED.set(context);
    }

    static CallContext take() {
        CallContext context = VERIFIED.get();
        VERIFIED.remove();
        return context;
    }
}
