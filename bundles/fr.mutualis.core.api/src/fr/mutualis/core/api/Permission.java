package fr.mutualis.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a remote method needs. The method must take exactly one {@link CollectiviteId} parameter: the collectivity
 * the call acts on. Before the method runs, the server checks that the caller is authenticated, holds one of the
 * roles on that collectivity, and, when {@link #module()} is set, that the module is enabled for it.
 * A remote method without {@code @Permission} or {@link AuthenticatedOnly} is refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Permission {

    /** The caller needs at least one of these roles on the collectivity named in the call. */
    Role[] value();

    /** Module that must be enabled for the collectivity; empty for core methods. */
    String module() default "";

    /**
     * The roles that count when the caller holds them on a service collectivity the commune delegated
     * {@link #module()} to, rather than on the commune itself; empty means the same as {@link #value()}. Filing an
     * urbanism dossier for a delegating commune, for example, is the instructor's act: a service's clerk holding
     * only {@code saisie} files for her own collectivity, not for the communes it instructs for.
     */
    Role[] delegated() default {};
}
