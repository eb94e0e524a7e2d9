package fr.mutualis.remote.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.function.Function;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.util.OSGIObjectStreamConstants;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import fr.mutualis.remote.transport.ResolvedClasses;

/**
 * Reads what a client's ECF wrote with {@code OSGIObjectOutputStream} (shared-object messages, call requests), in
 * place of ECF's {@code OSGIObjectInputStream}. That one also decodes ECF's own encodings of arrays, lists, sets,
 * maps, dictionaries and plain objects, which no deserialization filter sees: a count of 2^31 allocates before any
 * element is read, nested sets rebuild like a hash bomb, a "dictionary" or "object" instantiates any class. A client
 * only ever sends serializable objects (ECF's IDs, messages and requests), so this accepts that encoding alone
 * (and null), and reads it under the {@link InboundFilter}'s {@link InboundFilter#CALLS} rules, bounded by the
 * message's own size.
 */
final class CallerStream extends ObjectInputStream {

    /** Classes already resolved, by the loaders tried and the class name. */
    private static final ResolvedClasses RESOLVED = new ResolvedClasses();

    private final Bundle bundle;
    private final ClassLoader bundleLoader;
    private ClassLoader loader;

    private CallerStream(InputStream in, Bundle bundle, ClassLoader bundleLoader) throws IOException {
        super(in);
        this.bundle = bundle;
        this.bundleLoader = bundleLoader;
    }

    /** A stream over one message, resolving classes in the bundle of {@code ecfClass} until a loader is given. */
    static CallerStream over(byte[] bytes, Class<?> ecfClass) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(ecfClass);
        return InboundFilter.stream(new ByteArrayInputStream(bytes), InboundFilter.CALLS.allowed(),
                InboundFilter.CALLS, bytes.length, in -> new CallerStream(in, bundle, ecfClass.getClassLoader()));
    }

    /** ECF's shared-object message: the target shared object's ID, then the message in that object's classes. */
    static Object sharedObjectMessage(byte[] bytes, Function<ID, Object> sharedObjects)
            throws IOException, ClassNotFoundException {
        try (CallerStream in = over(bytes, org.eclipse.ecf.provider.generic.SOContainer.class)) {
            Object id = in.next();
            Object target = id instanceof ID sharedObject ? sharedObjects.apply(sharedObject) : null;
            if (target == null) {
                throw new IOException("no shared object " + id + " for a client's message");
            }
            in.use(target.getClass().getClassLoader());
            return in.next();
        }
    }

    void use(ClassLoader classLoader) {
        this.loader = classLoader;
    }

    /** One object as {@code OSGIObjectOutputStream} writes a serializable one (or null); any other encoding fails. */
    Object next() throws IOException, ClassNotFoundException {
        byte encoding = readByte();
        if (encoding == OSGIObjectStreamConstants.C_NULL) {
            return null;
        }
        if (encoding != OSGIObjectStreamConstants.C_SER) {
            throw new InvalidObjectException("ECF encoding " + encoding + " refused in a message from a client");
        }
        return readObject();
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        return RESOLVED.get(loader, bundleLoader, desc.getName(), () -> resolve(desc));
    }

    private Class<?> resolve(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        String name = desc.getName();
        if (loader != null) {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                // then the bundle, as ECF does
            }
        }
        try {
            return bundle.loadClass(name);
        } catch (ClassNotFoundException e) {
            return super.resolveClass(desc);
        }
    }
}
