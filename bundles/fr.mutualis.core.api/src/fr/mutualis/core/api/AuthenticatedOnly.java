package fr.mutualis.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a remote method that acts on no particular collectivity (e.g. "my collectivities"): it only needs an
 * authenticated caller, and its implementation only ever returns the caller's own data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuthenticatedOnly {
}
