package fr.mutualis.core.server.parametres;

import java.math.BigDecimal;

/** How a parameter value is written in messages and in the console. */
public final class Affichage {

    private Affichage() {
    }

    /** Numbers in plain notation (0.075, never 7.5E-2); any other value through its own {@code toString}. */
    public static String valeur(Object valeur) {
        return valeur instanceof BigDecimal nombre ? nombre.toPlainString() : String.valueOf(valeur);
    }
}
