package fr.mutualis.remote.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a client may make the server deserialize, per message: an allow-list of classes (it replaces the JVM-wide
 * filter on the streams it is set on, so it carries its own list), a maximum depth, a maximum number of references,
 * arrays bounded in bytes (length times element size), and a byte budget counted on the raw stream so that strings,
 * which no filter callback sees, are bounded too.
 * <p>
 * Per message, not per connection: on a long-lived stream, every object read at depth 1 is a new message (ECF's
 * envelope), and the filter is called at depth 1 for each of them (its class, or the back-reference to its class
 * descriptor), which restarts the reference and byte budgets. Bytes between two such calls, whatever they hold, are
 * bounded by the budget.
 */
final class InboundFilter implements ObjectInputFilter {

    private static final System.Logger LOG = System.getLogger(InboundFilter.class.getName());
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    /** ECF's envelopes on a connection's stream, and the connect request inside the first one. */
    static final List<String> ENVELOPES = List.of("org.eclipse.ecf.provider.comm.tcp.AsynchMessage",
            "org.eclipse.ecf.provider.comm.tcp.SynchMessage", "org.eclipse.ecf.provider.comm.tcp.PingMessage",
            "org.eclipse.ecf.provider.comm.tcp.PingResponseMessage",
            "org.eclipse.ecf.provider.comm.tcp.ConnectRequestMessage", "java.net.URI",
            "org.eclipse.ecf.provider.generic.ContainerMessage",
            "org.eclipse.ecf.provider.generic.ContainerMessage$JoinGroupMessage", "org.eclipse.ecf.core.identity.*");

    /** Inside an envelope: container messages (shared-object messages, leave, view change) and identities. */
    static final List<String> CONTAINER_MESSAGES = List.of("org.eclipse.ecf.provider.generic.ContainerMessage",
            "org.eclipse.ecf.provider.generic.ContainerMessage$*", "org.eclipse.ecf.core.identity.*");

    /**
     * What may be read: classes (null: any class, only when the JVM was started without {@code jdk.serialFilter}),
     * depth, references per message, and the longest array of objects (besides its size in bytes).
     */
    record Rules(List<String> allowed, int maxDepth, int maxReferences, int maxObjectArray) {
    }

    /** ECF's envelopes and container messages: small, flat, no application data. */
    static final Rules PROTOCOL = new Rules(null, 8, 200, 64);

    /**
     * Shared-object messages and call requests (the application's arguments): the classes of the JVM-wide list,
     * with its depth and references, but per message and with arrays bounded in bytes.
     */
    static final Rules CALLS = new Rules(jvmWideClasses(), 20, 100_000, Integer.MAX_VALUE);

    interface StreamFactory<T extends ObjectInputStream> {
        T create(InputStream in) throws IOException;
    }

    private final List<String> allowed;
    private final Rules rules;
    private final long maxBytes;
    private final Budget budget;
    private long referencesAtStart;

    private InboundFilter(List<String> allowed, Rules rules, long maxBytes, Budget budget) {
        this.allowed = allowed;
        this.rules = rules;
        this.maxBytes = maxBytes;
        this.budget = budget;
    }

    /** A stream reading {@code raw} under this filter, {@code maxBytes} per message, protocol rules. */
    static ObjectInputStream stream(InputStream raw, List<String> allowed, long maxBytes) throws IOException {
        return stream(raw, allowed, PROTOCOL, maxBytes, ObjectInputStream::new);
    }

    static <T extends ObjectInputStream> T stream(InputStream raw, List<String> allowed, Rules rules, long maxBytes,
            StreamFactory<T> factory) throws IOException {
        Budget budget = new Budget(raw, maxBytes);
        T in = factory.create(budget);
        in.setObjectInputFilter(new InboundFilter(allowed, rules, maxBytes, budget));
        return in;
    }

    /** The class patterns of {@code -Djdk.serialFilter} (set by {@code bin/mutualis-server}), null without it. */
    static List<String> jvmWideClasses() {
        String spec = System.getProperty("jdk.serialFilter");
        if (spec == null || spec.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "No -Djdk.serialFilter: the classes of call arguments are not "
                    + "restricted (start the server with bin/mutualis-server)");
            return null;
        }
        return java.util.Arrays.stream(spec.split(";")).map(String::strip)
                .filter(p -> !p.isEmpty() && !p.contains("=") && !p.startsWith("!")).toList();
    }

    @Override
    public Status checkInput(FilterInfo info) {
        Status status = check(info);
        if (status == Status.REJECTED) {
            LOG.log(System.Logger.Level.WARNING, "Refused {0} in a message from a client (depth {1}, {2} references, "
                    + "{3} bytes so far, array length {4})", info.serialClass() == null ? "an object"
                            : info.serialClass().getName(),
                    info.depth(), info.references() - referencesAtStart, budget.used(), info.arrayLength());
        }
        return status;
    }

    private Status check(FilterInfo info) {
        if (info.depth() == 1) {
            budget.restart();
            referencesAtStart = info.references();
        }
        if (info.depth() > rules.maxDepth() || info.references() - referencesAtStart > rules.maxReferences()
                || budget.used() > maxBytes) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        if (type.isArray()) {
            return array(type, info.arrayLength());
        }
        if (!allows(type.getName())) {
            return Status.REJECTED;
        }
        if (SEEN.add(type.getName())) { // what clients really send: set this logger to DEBUG to list it
            LOG.log(System.Logger.Level.DEBUG, "Inbound class first seen: {0}", type.getName());
        }
        return Status.ALLOWED;
    }

    private Status array(Class<?> type, long length) {
        Class<?> component = type.getComponentType();
        if (component.isPrimitive()) {
            long size = component == long.class || component == double.class ? 8
                    : component == int.class || component == float.class ? 4
                            : component == short.class || component == char.class ? 2 : 1;
            return length < 0 || length * size <= maxBytes ? Status.ALLOWED : Status.REJECTED;
        }
        if (length > rules.maxObjectArray() || length * 4 > maxBytes) {
            return Status.REJECTED;
        }
        while (component.isArray()) {
            component = component.getComponentType();
        }
        return component.isPrimitive() || allows(component.getName()) ? Status.ALLOWED : Status.REJECTED;
    }

    private boolean allows(String name) {
        if (allowed == null) {
            return true;
        }
        for (String pattern : allowed) {
            if (pattern.endsWith(".*")) {
                String pkg = pattern.substring(0, pattern.length() - 1);
                if (name.startsWith(pkg) && name.indexOf('.', pkg.length()) < 0) {
                    return true;
                }
            } else if (pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1))
                    : name.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "InboundFilter" + allowed;
    }

    /** Counts the bytes read since the last message started; refuses to read past the budget. */
    static final class Budget extends FilterInputStream {

        private final long max;
        private volatile long used;

        Budget(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        void restart() {
            used = 0;
        }

        long used() {
            return used;
        }

        private void count(long n) throws IOException {
            if (n > 0) {
                used += n;
                if (used > max + 4096) { // a little read-ahead of the next message is normal
                    throw new IOException("message larger than " + max + " bytes: connection closed");
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }
    }
}
