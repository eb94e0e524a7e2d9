package fr.mutualis.core.server.security;

import java.lang.reflect.Method;

import fr.mutualis.core.server.context.CallContext;

/**
 * The single place where remote calls are authorized. Given the authenticated login and the interface method about
 * to run, it reads the method's {@link fr.mutualis.core.api.Permission} (or
 * {@link fr.mutualis.core.api.AuthenticatedOnly}), finds the collectivity named in the arguments, and checks
 * membership, role and module activation against the database. Business code receives the returned context.
 */
public interface AccessPolicy {

    /**
     * @return the verified context to run the call with
     * @throws fr.mutualis.core.api.AccesRefuseException (French message) when the call is not allowed
     */
    CallContext authorize(String login, String clientAddress, Method interfaceMethod, Object[] args);

    /** Describes the permission a method declares, e.g. {@code saisie|ordonnateur @budget}; null when it has none. */
    static String describe(Method method) {
        return Permissions.describe(method);
    }
}
