package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One line of a mandat or titre: an imputation and a positive amount (annulations and réductions are positive amounts
 * on a corrective pièce).
 *
 * @param libelle          text of the line, or null
 * @param codeProduitLocal PES {@code CodProdLoc} agreed with the comptable, required on titres, absent on mandats
 */
public record LignePiece(Imputation imputation, BigDecimal montant, String libelle, String codeProduitLocal)
        implements Serializable {

    private static final Pattern CODE_PRODUIT = Pattern.compile("[0-9A-Z]{1,4}");

    public LignePiece {
        Erreurs e = new Erreurs("Ligne de pièce");
        e.nonNul(imputation, "Imputation");
        montant = e.montantPositif(montant, "Montant");
        e.texteFacultatif(libelle, "Libellé");
        e.codeFacultatif(codeProduitLocal, "Code produit local", CODE_PRODUIT, "1 à 4 lettres majuscules ou chiffres");
        e.lever();
    }
}
