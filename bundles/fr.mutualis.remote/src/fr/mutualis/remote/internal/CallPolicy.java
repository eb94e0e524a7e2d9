package fr.mutualis.remote.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.remoteservice.IRemoteCall;
import org.eclipse.ecf.remoteservice.IRemoteServiceCallPolicy;
import org.eclipse.ecf.remoteservice.IRemoteServiceRegistration;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.RequestId;
import fr.mutualis.core.server.security.AccessPolicy;

/**
 * The single choke point: ECF calls it before every remote invocation. It maps the caller's container to its
 * authenticated session, asks the {@link AccessPolicy} whether that user may call this interface method for the
 * collectivity named in the arguments, and leaves the verified context for the guard, with the request id that a
 * call of an {@link Idempotent} method carries after its arguments.
 */
final class CallPolicy implements IRemoteServiceCallPolicy {

    private final Sessions sessions;
    private final AccessPolicy policy;
    private final Map<IRemoteServiceRegistration, Class<?>> interfaces;
    /** Each exported interface's methods by name: {@link Class#getMethods()} copies them all at every call. */
    private final Map<Class<?>, Map<String, Method>> methods = new ConcurrentHashMap<>();

    CallPolicy(Sessions sessions, AccessPolicy policy, Map<IRemoteServiceRegistration, Class<?>> interfaces) {
        this.sessions = sessions;
        this.policy = policy;
        this.interfaces = interfaces;
    }

    @Override
    public void checkRemoteCall(ID fromID, IRemoteServiceRegistration registration, IRemoteCall call) {
        PendingCall.take(); // never inherit a context left on this pooled thread
        Session session = sessions.find(fromID).orElseThrow(
                () -> new AccesRefuseException("Accès refusé : connexion non authentifiée. Reconnectez-vous."));
        Class<?> iface = interfaces.get(registration);
        Method method = iface == null ? null : find(iface, call.getMethod());
        if (method == null) {
            throw new AccesRefuseException("Accès refusé : opération inconnue « " + call.getMethod() + " ».");
        }
        RequestId request = requestId(method, call);
        PendingCall.set(policy.authorize(session.login(), session.clientAddress(), method, arguments(call, request)),
                request);
    }

    /**
     * The {@link RequestId} a client sends after the arguments of an {@link Idempotent} method, or null. The registry
     * takes it off the call before ECF invokes the method ({@link MutualisRegistry#invokeLocal}).
     */
    static RequestId requestId(Method method, IRemoteCall call) {
        Object[] parameters = call.getParameters();
        if (!method.isAnnotationPresent(Idempotent.class) || parameters == null
                || parameters.length != method.getParameterCount() + 1
                || !(parameters[parameters.length - 1] instanceof RequestId request)) {
            return null;
        }
        return request;
    }

    /** The arguments of a call, without the request id that came after them. */
    static Object[] arguments(IRemoteCall call, RequestId request) {
        Object[] parameters = call.getParameters();
        return request == null ? parameters : Arrays.copyOf(parameters, parameters.length - 1);
    }

    /** The interface's method of that name (the first one {@link Class#getMethods()} lists), looked up once. */
    private Method find(Class<?> iface, String name) {
        return methods.computeIfAbsent(iface, CallPolicy::byName).get(name);
    }

    private static Map<String, Method> byName(Class<?> iface) {
        Map<String, Method> byName = new HashMap<>();
        for (Method m : iface.getMethods()) {
            byName.putIfAbsent(m.getName(), m);
        }
        return Map.copyOf(byName);
    }
}
