package fr.mutualis.core.api;

import java.util.List;

/** The input was refused; nothing was written. {@link #erreurs()} lists every problem found, in French. */
public class DonneeInvalideException extends MutualisException {

    private static final long serialVersionUID = 1L;

    private final List<String> erreurs;

    public DonneeInvalideException(String message) {
        super(message);
        this.erreurs = List.of(message);
    }

    public DonneeInvalideException(List<String> erreurs) {
        super(String.join("\n", erreurs));
        this.erreurs = List.copyOf(erreurs);
    }

    public List<String> erreurs() {
        return erreurs;
    }
}
