package fr.mutualis.core.server.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

import fr.mutualis.core.api.AuthenticatedOnly;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;

/** Reads and validates the permission a remote interface method declares. */
public final class Permissions {

    private Permissions() {
    }

    /** {@code interface#method}, the name a permission is known by in logs and reports. */
    public static String key(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    /** Null when the method declares nothing (such a method is refused at call time). */
    public static String describe(Method method) {
        Permission permission = method.getAnnotation(Permission.class);
        if (permission != null) {
            String roles = Arrays.stream(permission.value()).map(r -> r.name().toLowerCase())
                    .collect(Collectors.joining("|"));
            return permission.module().isEmpty() ? roles : roles + " @" + permission.module();
        }
        return method.isAnnotationPresent(AuthenticatedOnly.class) ? "authentifié" : null;
    }

    /**
     * Why a method of a remote interface is not a valid remote method, or null when it is: it must declare exactly
     * one of the two annotations, a {@code @Permission} method must take exactly one {@link CollectiviteId} and name
     * at least one role, and remote methods must not be overloaded (permissions are keyed by name).
     */
    public static String defect(Method method) {
        boolean permission = method.isAnnotationPresent(Permission.class);
        boolean authenticated = method.isAnnotationPresent(AuthenticatedOnly.class);
        if (permission == authenticated) {
            return key(method) + " must declare exactly one of @Permission or @AuthenticatedOnly";
        }
        long overloads = Arrays.stream(method.getDeclaringClass().getMethods())
                .filter(m -> m.getName().equals(method.getName())).count();
        if (overloads > 1) {
            return key(method) + " is overloaded; remote methods need unique names";
        }
        if (permission) {
            long ids = Arrays.stream(method.getParameterTypes()).filter(CollectiviteId.class::equals).count();
            if (ids != 1) {
                return key(method) + " has @Permission but " + ids + " CollectiviteId parameters (exactly 1 needed)";
            }
            if (method.getAnnotation(Permission.class).value().length == 0) {
                return key(method) + " has @Permission without any role";
            }
        }
        return null;
    }

    /** The collectivity argument of a {@code @Permission} method. */
    public static CollectiviteId collectivite(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == CollectiviteId.class) {
                return args == null ? null : (CollectiviteId) args[i];
            }
        }
        return null;
    }
}
