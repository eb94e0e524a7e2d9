package fr.mutualis.core.server.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per key (a source address, or a login that has no account) in memory only, so that refusing
 * a stranger costs no database write. Bounded: when full, entries whose failures are forgotten are dropped first,
 * then, if still full, new keys are not tracked (the per-login lock and the connection caps still apply).
 */
final class SourceThrottle {

    private static final int MAX_ENTRIES = 50_000;

    private record State(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    private final Backoff backoff;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    SourceThrottle(Backoff backoff) {
        this.backoff = backoff;
    }

    /** The end of the lock running for this key at {@code now}, or null when it may try. */
    Instant lockedUntil(String key, Instant now) {
        State s = key == null ? null : states.get(key);
        return s != null && s.lockedUntil() != null && now.isBefore(s.lockedUntil()) ? s.lockedUntil() : null;
    }

    /** Counts a failure; returns the end of the lock it starts, or null. */
    Instant failed(String key, Instant now) {
        if (key == null) {
            return null;
        }
        if (states.size() >= MAX_ENTRIES && !states.containsKey(key)) {
            states.entrySet().removeIf(e -> backoff.forgotten(e.getValue().lastFailure(), e.getValue().lockedUntil(),
                    now));
            if (states.size() >= MAX_ENTRIES) {
                return null;
            }
        }
        State next = states.compute(key, (k, s) -> {
            int failures = s == null || backoff.forgotten(s.lastFailure(), s.lockedUntil(), now) ? 1 : s.failures() + 1;
            Duration delay = backoff.delayAfter(failures);
            return new State(failures, now, delay == null ? null : now.plus(delay));
        });
        return next.lockedUntil();
    }
}
