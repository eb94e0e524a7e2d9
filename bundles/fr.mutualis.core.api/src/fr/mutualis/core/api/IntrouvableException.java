package fr.mutualis.core.api;

/** The object asked for does not exist, or does not exist for this collectivity. */
public class IntrouvableException extends MutualisException {

    private static final long serialVersionUID = 1L;

    public IntrouvableException(String message) {
        super(message);
    }
}
