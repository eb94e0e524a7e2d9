package fr.mutualis.core.api;

/** The caller is not authenticated, does not belong to the collectivity, lacks the role, or the module is off. */
public class AccesRefuseException extends MutualisException {

    private static final long serialVersionUID = 1L;

    public AccesRefuseException(String message) {
        super(message);
    }
}
