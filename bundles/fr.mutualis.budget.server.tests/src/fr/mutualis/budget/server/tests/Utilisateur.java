package fr.mutualis.budget.server.tests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.testing.OsgiServices;

/**
 * A user calling the remote services as the remote layer does: the access policy authorizes each call (roles,
 * membership, module enabled) and the service method runs inside the context it returns.
 */
record Utilisateur(String login) {

    <T> T service(Class<T> type) {
        T cible = OsgiServices.service(type);
        AccessPolicy policy = OsgiServices.service(AccessPolicy.class);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(cible, args);
            }
            CallContext contexte = policy.authorize(login, "test", method, args);
            return contexte.run(() -> {
                try {
                    return method.invoke(cible, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
        }));
    }
}
