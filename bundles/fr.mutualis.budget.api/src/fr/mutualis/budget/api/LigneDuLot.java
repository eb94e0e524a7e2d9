package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a {@link MandatDuLot}: an article usable in the plan de comptes of the budget's déclinaison, charged to
 * the chapter it feeds as a real expense (012 for staff costs), with a fonction and a positive amount. Staff costs are
 * e.g. 6411 personnel titulaire, 6413 personnel non titulaire, 6450 charges de sécurité sociale in the M57 abrégée;
 * 64111, 64131, 6451 cotisations URSSAF, 6453 cotisations aux caisses de retraite in the M57 développée (where 6411 and
 * 6413 only group accounts and are refused as "article inconnu").
 *
 * @param fonction référence fonctionnelle, or null when the budget is not presented by fonction
 * @param libelle   text of the line (PES {@code LibVir2}), or null
 * @param creancier the creditor of this line when it is not the mandat's (a mandat collectif: the net pay of each
 *                  agent on the month's payroll mandat), or null
 */
public record LigneDuLot(String article, String fonction, BigDecimal montant, String libelle, Tiers creancier)
        implements Serializable {

    public LigneDuLot {
        Erreurs e = new Erreurs("Ligne " + article);
        e.code(article, "Article", Codes.ARTICLE, Codes.ARTICLE_ATTENDU);
        e.codeFacultatif(fonction, "Fonction", Codes.FONCTION, Codes.FONCTION_ATTENDU);
        montant = e.montantPositif(montant, "Montant");
        e.texteFacultatif(libelle, "Libellé");
        e.lever();
    }

    /** A line paid to the mandat's tiers (API 1.0). */
    public LigneDuLot(String article, String fonction, BigDecimal montant, String libelle) {
        this(article, fonction, montant, libelle, null);
    }
}
