package fr.mutualis.core.api;

/**
 * Base of the errors a remote call can return. The message is in French and meant for the user; it never carries
 * server internals, and no stack trace crosses the wire.
 */
public class MutualisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MutualisException(String message) {
        super(message, null, false, false);
    }
}
