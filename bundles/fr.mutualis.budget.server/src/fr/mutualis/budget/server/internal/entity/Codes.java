package fr.mutualis.budget.server.internal.entity;

import fr.mutualis.budget.api.Sens;

/** Column codes that the API enums do not parse themselves. */
public final class Codes {

    private Codes() {
    }

    /** D or R. */
    public static Sens sens(String code) {
        return "R".equals(code) ? Sens.RECETTE : Sens.DEPENSE;
    }
}
