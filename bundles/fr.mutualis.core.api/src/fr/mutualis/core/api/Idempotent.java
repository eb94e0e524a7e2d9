package fr.mutualis.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a remote write that must happen at most once per user action. The client attaches a {@link RequestId} to
 * each call of such a method; the server records that id with the result in the transaction of the write, and a
 * retry carrying the same id (its answer was lost: network cut, server node killed) gets the first result back
 * instead of writing a second time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {
}
