package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** Remote calls run on a bounded pool: at most so many at once, so many waiting, the rest refused at once. */
class CallExecutorTest {

    @Test
    void aCallRunsOnAPoolThreadAndItsResultIsHandedBack() throws Exception {
        try (CallExecutor calls = new CallExecutor(2, 4)) {
            String thread = calls.execute(monitor -> Thread.currentThread().getName(), new NullProgressMonitor())
                    .get();

            assertTrue(thread.startsWith("mutualis-call-"), thread);
        }
    }

    @Test
    void beyondTheRunningAndWaitingCallsTheNextOneIsRefusedWithoutWaiting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (CallExecutor calls = new CallExecutor(1, 1)) {
            calls.execute(monitor -> {
                started.countDown();
                return release.await(10, TimeUnit.SECONDS);
            }, new NullProgressMonitor());
            assertTrue(started.await(10, TimeUnit.SECONDS));
            var waiting = calls.execute(monitor -> "second", new NullProgressMonitor());

            assertThrows(RejectedExecutionException.class,
                    () -> calls.execute(monitor -> "third", new NullProgressMonitor()));
            assertEquals(2, calls.pending());
            release.countDown();
            assertEquals("second", waiting.get());
        }
    }

    @Test
    void aClosedPoolRefusesNewCalls() {
        CallExecutor calls = new CallExecutor(1, 1);
        calls.close();

        assertThrows(RejectedExecutionException.class,
                () -> calls.execute(monitor -> "late", new NullProgressMonitor()));
    }
}
