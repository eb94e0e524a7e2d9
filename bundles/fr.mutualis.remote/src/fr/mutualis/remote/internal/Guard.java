package fr.mutualis.remote.internal;

import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.UUID;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.RequestId;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.spi.IdempotentCalls;

/**
 * What ECF really invokes: a proxy of one remote interface, created in the API bundle's class loader (so request
 * arguments can only resolve to API types). It refuses to run without the context verified by {@link CallPolicy},
 * runs the business service with it (at most once per request id for an {@link fr.mutualis.core.api.Idempotent}
 * method, see {@link IdempotentCalls}), and lets only French {@link MutualisException}s cross the wire.
 */
final class Guard implements InvocationHandler {

    private static final System.Logger LOG = System.getLogger(Guard.class.getName());

    static final String CONFLIT = "Ces données ont été modifiées entre-temps par un autre utilisateur et "
            + "l'opération n'a pas été enregistrée : rechargez puis recommencez.";

    private final Class<?> iface;
    private final Object target;
    private final IdempotentCalls idempotent;

    Guard(Class<?> iface, Object target, IdempotentCalls idempotent) {
        this.iface = iface;
        this.target = target;
        this.idempotent = idempotent;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Guard[" + iface.getName() + "]";
            };
        }
        PendingCall.Verified verified = PendingCall.take();
        if (verified == null || verified.context() == null) {
            throw new AccesRefuseException("Accès refusé : appel non vérifié.");
        }
        CallContext context = verified.context();
        RequestId request = verified.request();
        try {
            return context.run(() -> request == null ? call(method, args)
                    : idempotent.once(request.value(), iface.getSimpleName() + "#" + method.getName(),
                            iface.getClassLoader(), () -> call(method, args)));
        } catch (Unwrapped e) {
            throw translate(e.getCause(), method, context);
        } catch (RuntimeException e) { // looking up or recording the request id
            throw translate(e, method, context);
        }
    }

    private Object call(Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new Unwrapped(e.getCause());
        } catch (IllegalAccessException e) {
            throw new Unwrapped(e);
        }
    }

    private Throwable translate(Throwable failure, Method method, CallContext context) {
        if (failure instanceof MutualisException) {
            return failure;
        }
        if (ConflitsSql.conflitDeVerrou(failure)) {
            LOG.log(Level.WARNING, "Remote call " + iface.getSimpleName() + "#" + method.getName() + " by "
                    + context.login() + " gave up on a lock conflict with concurrent writers: " + failure);
            return new MutualisException(CONFLIT);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.ERROR, "Remote call " + iface.getSimpleName() + "#" + method.getName() + " by " + context.login()
                + " failed (reference " + reference + ")", failure);
        return new MutualisException("Erreur interne du serveur (référence " + reference
                + "). L'opération n'a pas été enregistrée ; signalez cette référence à votre administrateur.");
    }

    /** Carries a business failure out of the supplier passed to {@link CallContext#run}. */
    private static final class Unwrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unwrapped(Throwable cause) {
            super(cause);
        }
    }
}
