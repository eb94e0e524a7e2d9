package fr.mutualis.remote.transport;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes an object stream of ECF's messages resolved, kept by the loaders it tried and the class name, for the
 * server's request streams and the client's response streams alike. ECF opens a stream per message and resolves its
 * own classes through a service's loader first, which threw a {@code ClassNotFoundException} (and walked the stack)
 * several times per call (docs/benchmarks.md, "Call path, third pass" and "fourth pass"); a loader always gives the
 * same class for a name, so the first answer is kept. Failures are not kept; past {@link #MAXIMUM} entries classes
 * are resolved each time.
 */
public final class ResolvedClasses {

    public static final int MAXIMUM = 4096;

    /** How a stream resolves a class when it is not kept yet. */
    @FunctionalInterface
    public interface Resolution {
        Class<?> resolve() throws IOException, ClassNotFoundException;
    }

    private record Key(ClassLoader first, ClassLoader then, String name) {
    }

    private final Map<Key, Class<?>> kept = new ConcurrentHashMap<>();

    /**
     * @param first the loader the stream tries first (the service's), or null
     * @param then  the loader it falls back to, or null
     */
    public Class<?> get(ClassLoader first, ClassLoader then, String name, Resolution resolution)
            throws IOException, ClassNotFoundException {
        Key key = new Key(first, then, name);
        Class<?> known = kept.get(key);
        if (known == null) {
            known = resolution.resolve();
            if (kept.size() < MAXIMUM) {
                kept.putIfAbsent(key, known);
            }
        }
        return known;
    }
}
