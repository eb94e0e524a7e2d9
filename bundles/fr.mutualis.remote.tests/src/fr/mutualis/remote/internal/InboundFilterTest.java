package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.ecf.provider.comm.tcp.AsynchMessage;
import org.junit.jupiter.api.Test;

/** The per-message bounds of a connection's object stream, once the connection has logged in. */
class InboundFilterTest {

    static final int BUDGET = 16 * 1024 * 1024;

    static ObjectInputStream reading(byte[] bytes) throws IOException {
        return InboundFilter.stream(new ByteArrayInputStream(bytes), InboundFilter.ENVELOPES, BUDGET);
    }

    static byte[] serialized(Object... objects) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (Object object : objects) {
                out.writeObject(object);
            }
        }
        return bytes.toByteArray();
    }

    /** Finding 7: 200 MB of 1 MB messages on one stream, as ECF sends them (a reset every 50 messages). */
    @Test
    void aLongSessionIsNeverCutByTheByteOrReferenceCount() throws Exception {
        PipedOutputStream pipe = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(pipe, 1 << 20);
        int messages = 200;
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (ObjectOutputStream out = new ObjectOutputStream(pipe)) {
                byte[] payload = new byte[1 << 20];
                for (int i = 0; i < messages; i++) {
                    payload[0] = (byte) i;
                    out.writeObject(new AsynchMessage(payload.clone()));
                    if (i % 50 == 49) {
                        out.reset();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (ObjectInputStream stream = InboundFilter.stream(in, InboundFilter.ENVELOPES, BUDGET)) {
            for (int i = 0; i < messages; i++) {
                AsynchMessage message = (AsynchMessage) stream.readObject();
                assertEquals((byte) i, ((byte[]) message.getData())[0]);
            }
        }
        writer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aMessageOverTheBudgetIsRefused() throws Exception {
        byte[] bytes = serialized(new AsynchMessage(new byte[BUDGET + 1]));
        assertThrows(InvalidClassException.class, () -> reading(bytes).readObject());
    }

    /** No filter callback sees a string's length: the byte budget cuts it. */
    @Test
    void aHugeStringIsCutAtTheByteBudget() throws Exception {
        byte[] bytes = serialized(new AsynchMessage("x".repeat(BUDGET + 100_000)));
        IOException e = assertThrows(IOException.class, () -> reading(bytes).readObject());
        assertTrue(e.getMessage().contains("message larger than"), e.getMessage());
    }

    /** Finding 1: 18 levels of nested sets; no hash-based collection is on the list, so it stops at the first. */
    @Test
    void aHashBombIsRefusedAtItsFirstSet() throws Exception {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 18; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("x");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        byte[] bytes = serialized(new AsynchMessage((Serializable) root));
        long start = System.nanoTime();
        assertThrows(InvalidClassException.class, () -> reading(bytes).readObject());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
    }

    /** Finding 2: 27 bytes declaring a long[16777216] (128 MB) are refused before the array is allocated. */
    @Test
    void aBigArrayHeaderIsRefusedBeforeAllocation() throws Exception {
        byte[] small = serialized((Object) new long[1]);
        byte[] header = new byte[small.length - 8];
        System.arraycopy(small, 0, header, 0, header.length);
        ByteBuffer.wrap(header).putInt(header.length - 4, 16_777_216);
        InboundFilter.stream(new ByteArrayInputStream(small), List.of(), BUDGET).readObject(); // the form is right
        assertThrows(InvalidClassException.class,
                () -> InboundFilter.stream(new ByteArrayInputStream(header), List.of(), BUDGET).readObject());
    }

    @Test
    void aClassOffTheListIsRefused() throws Exception {
        byte[] bytes = serialized(new AsynchMessage(new java.util.concurrent.atomic.AtomicLong(42)));
        assertThrows(InvalidClassException.class, () -> reading(bytes).readObject());
        assertArrayEquals(new byte[] { 1, 2 },
                (byte[]) ((AsynchMessage) reading(serialized(new AsynchMessage(new byte[] { 1, 2 }))).readObject())
                        .getData());
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Object nested = "fond";
        for (int i = 0; i < 20; i++) {
            nested = new Object[] { nested };
        }
        byte[] bytes = serialized(new AsynchMessage((Serializable) nested));
        assertThrows(InvalidClassException.class, () -> InboundFilter
                .stream(new ByteArrayInputStream(bytes), List.of("org.eclipse.ecf.provider.comm.tcp.*",
                        "java.lang.Object", "java.lang.String"), BUDGET)
                .readObject());
    }
}
