package fr.mutualis.remote.client;

import fr.mutualis.core.api.MutualisException;

/** The client could not reach or could not log in to the server; the message says why, in French. */
public class ConnexionImpossibleException extends MutualisException {

    private static final long serialVersionUID = 1L;

    public ConnexionImpossibleException(String message) {
        super(message);
    }
}
