package fr.mutualis.core.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.internal.CoreStore;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.persistence.WriteRequests;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.core.server.spi.IdempotentCalls;
import fr.mutualis.testing.OsgiServices;

/**
 * Writes done once per request id: recorded in the write's transaction, answered again to a retry (also to a retry
 * racing its first attempt), nothing recorded for a refused write, refused to another user, purged after retention.
 */
class WriteRequestsTest {

    private static final ClassLoader API = CollectiviteId.class.getClassLoader();

    private final AtomicInteger writes = new AtomicInteger();

    private static CallContext as(String login) {
        // a write request belongs to the collectivity of its call (row-level security on PostgreSQL)
        return new CallContext(login, new CollectiviteId("74049"), Set.of(), "127.0.0.1");
    }

    /** One journaled write, as a business write of an idempotent method does it, answering a value. */
    private Object write(String code, Duration pause) {
        return ConflitsSql.reessayer("a test write", () -> Transactions.writeOnce(
                OsgiServices.service(CoreStore.class).emf(), em -> {
                    OsgiServices.service(AuditJournal.class).record(em, null, "essai.ecrire", "écriture " + code);
                    sleep(pause);
                    CollectiviteId result = new CollectiviteId(code);
                    writes.incrementAndGet();
                    return result;
                }));
    }

    private Object once(String login, UUID id, String code, Duration pause) {
        return as(login).run(() -> OsgiServices.service(IdempotentCalls.class).once(id, "Essai#ecrire", API,
                () -> write(code, pause)));
    }

    @Test
    void aRetryGetsTheFirstResultAndWritesNothing() {
        UUID id = UUID.randomUUID();
        assertEquals(new CollectiviteId("74049"), once("paule", id, "74049", Duration.ZERO));
        assertEquals(new CollectiviteId("74049"), once("paule", id, "01001", Duration.ZERO), "the first result");
        assertEquals(1, writes.get());
        assertEquals(new CollectiviteId("01001"), once("paule", UUID.randomUUID(), "01001", Duration.ZERO));
        assertEquals(2, writes.get(), "a new id is a new write");
    }

    @Test
    void aRefusedWriteRecordsNothingAndItsRetryRuns() {
        UUID id = UUID.randomUUID();
        assertThrows(DonneeInvalideException.class, () -> once("paule", id, "pas-un-code", Duration.ZERO));
        assertEquals(new CollectiviteId("74049"), once("paule", id, "74049", Duration.ZERO));
        assertEquals(1, writes.get());
    }

    @Test
    void aRetryRacingItsFirstAttemptWaitsForItAndWritesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        CountDownLatch first = new CountDownLatch(1);
        CompletableFuture<Object> premier = CompletableFuture.supplyAsync(() -> as("paule").run(() ->
                OsgiServices.service(IdempotentCalls.class).once(id, "Essai#ecrire", API, () -> {
                    first.countDown();
                    return write("74049", Duration.ofMillis(800));
                })));
        assertTrue(first.await(10, TimeUnit.SECONDS));
        sleep(Duration.ofMillis(200)); // the first attempt holds its claim, uncommitted
        Object retry = once("paule", id, "01001", Duration.ZERO);
        assertEquals(new CollectiviteId("74049"), premier.get(10, TimeUnit.SECONDS));
        assertEquals(new CollectiviteId("74049"), retry, "the retry answers the first attempt's result");
        assertEquals(1, writes.get());
    }

    @Test
    void anotherUserCannotReplayAnId() {
        UUID id = UUID.randomUUID();
        once("paule", id, "74049", Duration.ZERO);
        DonneeInvalideException refus = assertThrows(DonneeInvalideException.class,
                () -> once("intrus", id, "74049", Duration.ZERO));
        assertTrue(refus.getMessage().startsWith("Cette demande a déjà été traitée"), refus.getMessage());
        assertEquals(1, writes.get());
    }

    @Test
    void recordsExpireAfterTheRetention() {
        UUID id = UUID.randomUUID();
        once("paule", id, "74049", Duration.ZERO);
        sleep(Duration.ofMillis(20));
        int purged = Transactions.write(OsgiServices.service(CoreStore.class).emf(),
                em -> WriteRequests.purge(em, Duration.ofMillis(10)));
        assertTrue(purged >= 1, "purged " + purged);
        assertEquals(new CollectiviteId("01001"), once("paule", id, "01001", Duration.ZERO), "expired: written again");
        assertEquals(2, writes.get());
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
