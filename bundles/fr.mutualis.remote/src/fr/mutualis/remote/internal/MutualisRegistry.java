package fr.mutualis.remote.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.sharedobject.SharedObjectMsg;
import org.eclipse.ecf.core.util.reflection.ClassUtil;
import org.eclipse.ecf.provider.remoteservice.generic.RegistrySharedObject;
import org.eclipse.ecf.provider.remoteservice.generic.RemoteCallImpl;
import org.eclipse.ecf.provider.remoteservice.generic.RemoteServiceRegistrationImpl;
import org.eclipse.ecf.provider.remoteservice.generic.Request;
import org.eclipse.ecf.provider.remoteservice.generic.Response;
import org.eclipse.ecf.remoteservice.IRemoteServiceRegistration;
import org.eclipse.ecf.remoteservice.util.AsyncUtil;
import org.eclipse.equinox.concurrent.future.IExecutor;

import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.RequestId;

/**
 * ECF's remote-service registry, with the caller of every request taken from the connection it arrived on. ECF
 * hands the {@link CallPolicy} the container ID written by the client inside the request; the sender of the
 * enclosing message was checked against its connection ({@link ClientIsolation}), so a request naming any other
 * container is dropped here, before the policy runs. Calls run on the bounded {@link CallExecutor}, not as one
 * Eclipse Job each.
 */
final class MutualisRegistry extends RegistrySharedObject {

    private static final System.Logger LOG = System.getLogger(MutualisRegistry.class.getName());
    private static final ThreadLocal<ID> SENDER = new ThreadLocal<>();
    private static final String CALL_REQUEST = "handleCallRequestBytes";
    static final String BUSY = "Serveur occupé : trop d'appels en cours. Réessayez dans un instant.";

    private static final int KEPT_METHODS = 4096;

    private final CallExecutor calls;
    private final Map<MethodKey, Method> methods = new ConcurrentHashMap<>();

    /** The class loader of each exported interface (its API bundle's), by remote service ID. */
    private final Map<Long, ClassLoader> loaders = new ConcurrentHashMap<>();

    MutualisRegistry(CallExecutor calls) {
        this.calls = calls;
    }

    @Override
    protected IExecutor createRequestExecutor(Request request) {
        return calls;
    }

    /** A call refused by a full pool is answered at once (in French), never dropped silently nor run here. */
    @Override
    protected void executeRequest(IExecutor executor, Request request, ID responseTarget,
            RemoteServiceRegistrationImpl localRegistration, boolean respond) {
        try {
            super.executeRequest(executor, request, responseTarget, localRegistration, respond);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Refused a call from {0}: {1} calls running or waiting", responseTarget,
                    calls.pending());
            if (respond) {
                sendCallResponse(responseTarget, new Response(request.getRequestId(), new MutualisException(BUSY)));
            }
        }
    }

    /**
     * Invokes the service with the method's own arguments: the {@link fr.mutualis.core.api.RequestId} that a call of
     * an idempotent method carries after them, read by the {@link CallPolicy}, is taken off here (ECF's
     * {@code SharedObjectMsg.setParameters} does not change the call).
     */
    @Override
    protected Object invokeLocal(RemoteServiceRegistrationImpl registration, RemoteCallImpl call) throws Exception {
        RequestId request = PendingCall.request();
        if (request == null) {
            return invoke(registration, call);
        }
        return invoke(registration, RemoteCallImpl.createRemoteCall(call.getClassName(), call.getMethod(),
                CallPolicy.arguments(call, request), call.getTimeout()));
    }

    /**
     * What ECF's {@code invokeLocal} does, the method looked up once per service class, name and argument types:
     * ECF's lookup ({@link ClassUtil#getMethod}) copies every method of the service's class at each call. A service
     * exported as OSGi-asynchronous (none of Mutualis's) goes ECF's way.
     */
    private Object invoke(RemoteServiceRegistrationImpl registration, RemoteCallImpl call) throws Exception {
        if (AsyncUtil.isOSGIAsync(registration.getReference())) {
            return super.invokeLocal(registration, call);
        }
        Object service = registration.getService();
        Object[] parameters = call.getParameters();
        Class<?>[] types = SharedObjectMsg.getTypesForParameters(parameters);
        MethodKey key = new MethodKey(service.getClass(), call.getMethod(), Arrays.asList(types));
        Method method = methods.get(key);
        if (method == null) {
            method = ClassUtil.getMethod(service.getClass(), call.getMethod(), types);
            if (methods.size() < KEPT_METHODS) {
                methods.putIfAbsent(key, method);
            }
        }
        return method.invoke(service, parameters);
    }

    private record MethodKey(Class<?> service, String name, List<Class<?>> types) {
    }

    void exported(IRemoteServiceRegistration registration, Class<?> iface) {
        loaders.put(registration.getID().getContainerRelativeID(), iface.getClassLoader());
    }

    void withdrawn(IRemoteServiceRegistration registration) {
        loaders.remove(registration.getID().getContainerRelativeID());
    }

    @Override
    protected boolean handleSharedObjectMsg(ID fromID, SharedObjectMsg msg) {
        SENDER.set(fromID);
        try {
            return super.handleSharedObjectMsg(fromID, msg);
        } finally {
            SENDER.remove();
        }
    }

    /** A call request of ECF's remote-service protocol (the only kind a Mutualis client sends for a call). */
    boolean isCallRequest(SharedObjectMsg msg) {
        return CALL_REQUEST.equals(msg.getMethod());
    }

    /** A message from {@code fromID} handled on the calling thread, as ECF's delivery thread would ({@link DirectCalls}). */
    void receive(ID fromID, SharedObjectMsg msg) {
        handleSharedObjectMsg(fromID, msg);
    }

    @Override
    protected void handleCallRequestBytes(byte[] requestBytes) {
        Request request;
        try {
            request = requestBytes == null ? null : deserializeCallRequest(requestBytes);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Dropped an unreadable call request from {0}: {1}", SENDER.get(), e.getMessage());
            return;
        }
        handleCallRequest(request);
    }

    /** ECF's format (service ID, then the request), read by {@link CallerStream} in the service's classes. */
    @Override
    protected Request deserializeCallRequest(byte[] requestBytes) throws IOException {
        try (CallerStream in = CallerStream.over(requestBytes, RegistrySharedObject.class)) {
            long serviceId = in.readLong();
            ClassLoader loader = loaders.get(serviceId);
            if (loader == null) {
                throw new IOException("no remote service " + serviceId);
            }
            in.use(loader);
            return (Request) in.next();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("unreadable call request: " + e.getMessage(), e);
        }
    }

    @Override
    protected void handleCallRequest(Request request) {
        if (fromSender(request)) {
            super.handleCallRequest(request);
        }
    }

    @Override
    protected void handleFireRequest(Request request) {
        if (fromSender(request)) {
            super.handleFireRequest(request);
        }
    }

    private static boolean fromSender(Request request) {
        ID sender = SENDER.get();
        if (request == null || sender == null || !sender.equals(request.getRequestContainerID())) {
            LOG.log(Level.WARNING, "Dropped a call request claiming to come from {0} on the connection of {1}",
                    request == null ? null : request.getRequestContainerID(), sender);
            return false;
        }
        return true;
    }
}
