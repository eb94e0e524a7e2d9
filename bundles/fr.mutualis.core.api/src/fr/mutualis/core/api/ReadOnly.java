package fr.mutualis.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a remote method that changes no business data (it may journal that it was read). When the connection to a
 * server node is lost while such a call is under way, the client plays it again on the next node of its address list:
 * whatever the first node did or did not do, the answer is the same. Writes are played again only when they are
 * {@link Idempotent} (their request id makes the server answer the first result); any other write fails, saying so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnly {
}
