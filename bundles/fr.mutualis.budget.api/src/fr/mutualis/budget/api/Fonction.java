package fr.mutualis.budget.api;

import java.io.Serializable;

/**
 * A référence fonctionnelle of M57 (what the money is for), e.g. {@code 020} "Administration générale de la
 * collectivité".
 *
 * @param code        1 to 4 digits; the first digit is the policy area
 * @param libelle     official label
 * @param codeParent  enclosing fonction, or null at the top level
 * @param niveau      depth, 1 for the ten top-level fonctions
 */
public record Fonction(String code, String libelle, String codeParent, int niveau) implements Serializable {

    public Fonction {
        Erreurs e = new Erreurs("Fonction " + code);
        e.code(code, "Code", Codes.FONCTION, Codes.FONCTION_ATTENDU);
        e.texte(libelle, "Libellé");
        e.codeFacultatif(codeParent, "Code parent", Codes.FONCTION, Codes.FONCTION_ATTENDU);
        e.exiger(niveau >= 1, "niveau invalide : " + niveau + ".");
        e.exiger((niveau == 1) == (codeParent == null), "seules les fonctions de niveau 1 n'ont pas de parent.");
        e.lever();
    }
}
