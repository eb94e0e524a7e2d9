package fr.mutualis.remote.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.util.OSGIObjectInputStream;
import org.eclipse.ecf.provider.remoteservice.generic.RegistrySharedObject;
import org.eclipse.ecf.provider.remoteservice.generic.RemoteServiceRegistrationImpl;
import org.eclipse.ecf.provider.remoteservice.generic.RemoteServiceRegistryImpl;
import org.eclipse.ecf.provider.remoteservice.generic.Request;
import org.eclipse.ecf.provider.remoteservice.generic.Response;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import fr.mutualis.remote.transport.ResolvedClasses;

/**
 * Reads a call response and hands it to its waiting caller as ECF's {@code RegistrySharedObject} does
 * ({@code handleCallResponseBytes}: the server's container id, the request id, then the {@link Response} read with the
 * class loader of the service's interface, then {@code handleCallResponse}), with the classes it resolved kept. ECF
 * opens a new stream per response and resolves every class first through the interface's loader: ECF's own
 * {@code Response} is not visible there, so each response threw two {@code ClassNotFoundException} (Equinox's, then
 * the parent's) before ECF's bundle found it (3,780 of them in the benchmark client's profile, docs/benchmarks.md,
 * "Call path, fourth pass"), and ECF's dispatch copied every method of the registry to find its handler. The classes
 * found are the same, and so is the JVM's deserialization filter, which applies to this stream as to ECF's. ECF's
 * protected methods are called by reflection; when one is missing (another ECF) or the request is unknown, ECF
 * handles the message.
 */
final class CallResponseReader {

    private static final Bundle ECF = FrameworkUtil.getBundle(RegistrySharedObject.class);
    private static final Method REQUEST = method(RegistrySharedObject.class, "getRequest", long.class);
    private static final Method REMOTE_REGISTRY = method(RegistrySharedObject.class, "getRemoteRegistry", ID.class);
    private static final Method REGISTRATION = method(RemoteServiceRegistryImpl.class,
            "findRegistrationForServiceId", long.class);
    private static final Method HANDLE = method(RegistrySharedObject.class, "handleCallResponse", Response.class);

    private CallResponseReader() {
    }

    /** True when the response was read and handed to its caller; false for ECF to handle the message its way. */
    static boolean deliver(RegistrySharedObject registry, byte[] bytes) throws IOException, ClassNotFoundException {
        if (ECF == null || REQUEST == null || REMOTE_REGISTRY == null || REGISTRATION == null || HANDLE == null) {
            return false;
        }
        try (KnownClasses in = new KnownClasses(new ByteArrayInputStream(bytes))) {
            ID server = (ID) in.readObject();
            if (!(REQUEST.invoke(registry, in.readLong()) instanceof Request request)) {
                return false; // ECF logs the unknown request
            }
            if (REMOTE_REGISTRY.invoke(registry, server) instanceof RemoteServiceRegistryImpl remote
                    && REGISTRATION.invoke(remote, request.getServiceId())
                            instanceof RemoteServiceRegistrationImpl registration) {
                in.setClassLoader(registration.getClassLoader());
            }
            HANDLE.invoke(registry, (Response) in.readObject());
            return true;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IOException("call response not delivered: " + e.getCause(), e.getCause());
        }
    }

    private static Method method(Class<?> type, String name, Class<?> parameter) {
        try {
            Method method = type.getDeclaredMethod(name, parameter);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(CallResponseReader.class.getName()).log(System.Logger.Level.WARNING,
                    "ECF''s {0} has no {1}: call responses take ECF''s way", type, name);
            return null;
        }
    }

    /** ECF's stream, each class it resolved kept by the loader it was asked of. */
    private static final class KnownClasses extends OSGIObjectInputStream {

        private static final ResolvedClasses RESOLVED = new ResolvedClasses();

        private ClassLoader loader;

        KnownClasses(InputStream in) throws IOException {
            super(ECF, in);
        }

        @Override
        public void setClassLoader(ClassLoader classLoader) {
            super.setClassLoader(classLoader);
            loader = classLoader;
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected Class loadClass(String name) throws ClassNotFoundException {
            try {
                return RESOLVED.get(loader, null, name, () -> super.loadClass(name));
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e); // loadClass itself throws no IOException
            }
        }
    }
}
