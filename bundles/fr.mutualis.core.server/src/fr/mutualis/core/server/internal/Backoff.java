package fr.mutualis.core.server.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login or a source address waits after consecutive failed logins: nothing before {@code threshold}
 * failures, then {@code firstDelay}, doubled at each further failure up to {@code maxDelay}. A lock always expires
 * by itself; failures are forgotten once {@code maxDelay} has passed since the last failure and the end of its lock.
 */
public record Backoff(int threshold, Duration firstDelay, Duration maxDelay) {

    public Backoff {
        if (threshold < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Invalid login backoff: threshold " + threshold + ", first delay "
                    + firstDelay + ", max delay " + maxDelay);
        }
    }

    /** The lock that follows the {@code failures}-th consecutive failure, or null when none. */
    public Duration delayAfter(int failures) {
        if (failures < threshold) {
            return null;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }

    /** Whether failures last seen at {@code lastFailure} are old enough to be forgotten at {@code now}. */
    public boolean forgotten(Instant lastFailure, Instant lockedUntil, Instant now) {
        if (lastFailure == null) {
            return true;
        }
        Instant quietSince = lockedUntil != null && lockedUntil.isAfter(lastFailure) ? lockedUntil : lastFailure;
        return Duration.between(quietSince, now).compareTo(maxDelay) > 0;
    }
}
