package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.identity.IDFactory;
import org.eclipse.ecf.core.util.OSGIObjectOutputStream;
import org.eclipse.ecf.provider.comm.tcp.AsynchMessage;
import org.eclipse.ecf.provider.generic.SOContainer;
import org.junit.jupiter.api.Test;

/**
 * After login, a client's shared-object messages and call requests: ECF's own encodings (which no filter sees) are
 * refused, and an array is bounded by the size of the message that declares it.
 */
class CallerStreamTest {

    static byte[] written(Object... objects) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OSGIObjectOutputStream out = new OSGIObjectOutputStream(bytes)) {
            for (Object object : objects) {
                out.writeObject(object);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void serializableObjectsAsEcfWritesThemAreRead() throws Exception {
        ID id = IDFactory.getDefault().createGUID();
        byte[] bytes = written(id, new AsynchMessage(new byte[] { 4, 2 }));
        Object message = CallerStream.sharedObjectMessage(bytes, shared -> {
            assertEquals(id, shared);
            return this;
        });
        assertArrayEquals(new byte[] { 4, 2 }, (byte[]) ((AsynchMessage) message).getData());
    }

    /** ECF would build a HashSet of the declared size and hash each element: a hash bomb no filter sees. */
    @Test
    void ecfsOwnSetListAndArrayEncodingsAreRefused() throws Exception {
        Set<Object> set = new HashSet<>(Set.of("a"));
        List<Object> list = new ArrayList<>(List.of("a"));
        for (Object encoded : new Object[] { set, list, new long[] { 1 }, 42L }) {
            byte[] bytes = written(encoded);
            assertThrows(InvalidObjectException.class, () -> CallerStream.over(bytes, SOContainer.class).next(),
                    encoded.getClass().getName());
        }
    }

    @Test
    void anArrayLargerThanItsMessageIsRefusedBeforeAllocation() throws Exception {
        byte[] small = written(new AsynchMessage(new long[1]));
        byte[] header = java.util.Arrays.copyOf(small, small.length - 8); // the array's data ends the stream
        ByteBuffer.wrap(header).putInt(header.length - 4, 16_777_216);
        assertEquals(1, ((long[]) ((AsynchMessage) CallerStream.over(small, SOContainer.class).next()).getData()).length);
        assertThrows(InvalidClassException.class, () -> CallerStream.over(header, SOContainer.class).next());
    }
}
