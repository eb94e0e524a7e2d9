package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A budget of a collectivity and the identifiers Hélios knows it by, stored once per budget and written in every PES.
 *
 * @param libelle     label written as {@code LibelleColBud}, e.g. "COMMUNE DE SAINT-PIERRE - BUDGET PRINCIPAL"
 * @param idPost      code of the comptable's office ({@code IdPost}): 6 or 7 digits, or 02A/02B and 3 to 4 digits
 * @param idColl      SIRET of the budget ({@code IdColl}), 14 digits
 * @param codCol      collectivity code in Hélios ({@code CodCol}), 3 digits
 * @param codBud      budget code in Hélios ({@code CodBud}), 1 to 10 capital letters or digits
 */
public record Budget(String libelle, TypeBudget type, Declinaison declinaison, String idPost, String idColl,
        String codCol, String codBud) implements Serializable {

    private static final Pattern ID_POST = Pattern.compile("\\d{6,7}|02[AB]\\d{3,4}");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern COD_COL = Pattern.compile("\\d{3}");
    private static final Pattern COD_BUD = Pattern.compile("[0-9A-Z]{1,10}");

    public Budget {
        Erreurs e = new Erreurs("Budget " + libelle);
        e.texte(libelle, "Libellé");
        e.nonNul(type, "Type de budget");
        e.nonNul(declinaison, "Déclinaison M57");
        e.code(idPost, "Poste comptable (IdPost)", ID_POST, "6 ou 7 chiffres, ou 02A/02B suivi de 3 ou 4 chiffres");
        e.code(idColl, "SIRET du budget (IdColl)", SIRET, "14 chiffres");
        e.code(codCol, "Code collectivité (CodCol)", COD_COL, "3 chiffres");
        e.code(codBud, "Code budget (CodBud)", COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.lever();
    }
}
