package fr.mutualis.core.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff DEFAULT = new Backoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void noDelayBeforeTheThresholdThenDoublingUpToTheCeiling() {
        assertNull(DEFAULT.delayAfter(4));
        assertEquals(Duration.ofSeconds(30), DEFAULT.delayAfter(5));
        assertEquals(Duration.ofSeconds(60), DEFAULT.delayAfter(6));
        assertEquals(Duration.ofSeconds(480), DEFAULT.delayAfter(9));
        assertEquals(Duration.ofMinutes(15), DEFAULT.delayAfter(10));
        assertEquals(Duration.ofMinutes(15), DEFAULT.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void failuresAreForgottenAfterAQuietCeilingFollowingTheirLock() {
        Instant lockEnd = T0.plusSeconds(900);

        assertFalse(DEFAULT.forgotten(T0, lockEnd, lockEnd.plusSeconds(900)));
        assertTrue(DEFAULT.forgotten(T0, lockEnd, lockEnd.plusSeconds(901)));
        assertTrue(DEFAULT.forgotten(T0, null, T0.plusSeconds(901)));
        assertTrue(DEFAULT.forgotten(null, null, T0));
    }

    @Test
    void anInconsistentConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, Duration.ofSeconds(30), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(5, Duration.ofSeconds(30), Duration.ofSeconds(1)));
    }

    @Test
    void sourceAddressesAreCountedByHostWhateverThePort() {
        assertEquals("192.0.2.10", SourceAddress.host("/192.0.2.10:41234"));
        assertEquals("192.0.2.10", SourceAddress.host("poste.mairie/192.0.2.10:41234"));
        assertEquals("192.0.2.10", SourceAddress.host("192.0.2.10"));
        assertEquals("2001:db8::1", SourceAddress.host("[2001:db8::1]:41234"));
        assertEquals("2001:db8::1", SourceAddress.host("/2001:db8::1"));
        assertTrue(SourceAddress.loopback(SourceAddress.host("/127.0.0.1:5000")));
        assertFalse(SourceAddress.loopback("192.0.2.10"));
    }

    @Test
    void aSourceIsLockedAfterItsThresholdAndFreedWhenTheLockEnds() {
        SourceThrottle throttle = new SourceThrottle(new Backoff(3, Duration.ofSeconds(30), Duration.ofMinutes(15)));

        assertNull(throttle.failed("a", T0));
        assertNull(throttle.failed("a", T0));
        Instant lock = throttle.failed("a", T0);

        assertEquals(T0.plusSeconds(30), lock);
        assertEquals(lock, throttle.lockedUntil("a", T0.plusSeconds(29)));
        assertNull(throttle.lockedUntil("b", T0));
        assertNull(throttle.lockedUntil("a", T0.plusSeconds(30)));
        assertEquals(T0.plusSeconds(90), throttle.failed("a", T0.plusSeconds(30)), "the next failure doubles");
    }
}
