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
 * @param creancier        the creditor of this line of a mandat when it is not the pièce's tiers, or null. PES V2
 *                         gives each ligne de pièce its own {@code Tiers} block (cardinality 0..1), and its
 *                         {@code IdLigne} "permet de subdiviser le mandat lorsqu'il contient plusieurs imputations
 *                         (mandats à imputation multiple) ou plusieurs créanciers" (dossier technique PES V2, PES
 *                         Dépense Aller, types TLigneDePiece and TInfoLignePce): a mandat collectif (TypPce 08) pays
 *                         each line to its own creditor
 */
public record LignePiece(Imputation imputation, BigDecimal montant, String libelle, String codeProduitLocal,
        Tiers creancier) implements Serializable {

    private static final Pattern CODE_PRODUIT = Pattern.compile("[0-9A-Z]{1,4}");

    public LignePiece {
        Erreurs e = new Erreurs("Ligne de pièce");
        e.nonNul(imputation, "Imputation");
        montant = e.montantPositif(montant, "Montant");
        e.texteFacultatif(libelle, "Libellé");
        e.codeFacultatif(codeProduitLocal, "Code produit local", CODE_PRODUIT, "1 à 4 lettres majuscules ou chiffres");
        e.lever();
    }

    /** A line paid to the pièce's tiers (API 1.0). */
    public LignePiece(Imputation imputation, BigDecimal montant, String libelle, String codeProduitLocal) {
        this(imputation, montant, libelle, codeProduitLocal, null);
    }
}
