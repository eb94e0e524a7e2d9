package fr.mutualis.budget.api;

import fr.mutualis.core.api.DonneeInvalideException;

/** TOTEM chapter type: G globalisé (011, 012, 040…), C chapter named after an account (65, 21…), L prévision only. */
public enum TypeChapitre {
    GLOBALISE("G"),
    COMPTE("C"),
    PREVISION("L");

    private final String code;

    TypeChapitre(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TypeChapitre depuisCode(String code) {
        for (TypeChapitre type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new DonneeInvalideException("Type de chapitre inconnu : « " + code + " » (attendu : G, C ou L).");
    }
}
