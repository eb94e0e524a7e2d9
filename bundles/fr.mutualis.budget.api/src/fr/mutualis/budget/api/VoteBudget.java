package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A budget decision submitted to the vote checks and, when they pass, recorded.
 *
 * @param budget               Hélios code of the budget ({@code CodBud})
 * @param tauxFongibilite      for a BP: the rate of chapter-to-chapter virements the council delegates to the executive
 *                             (e.g. 0.075 for 7.5 %, at most the legal ceiling; 0 forbids virements); null otherwise
 * @param remboursementCapital capital of the loan instalments falling due in the exercice (L1612-4 coverage test); null
 *                             to take the expense credits of chapter 16 voted so far
 */
public record VoteBudget(String budget, DecisionBudgetaire decision, BigDecimal tauxFongibilite,
        BigDecimal remboursementCapital) implements Serializable {

    static final Pattern COD_BUD = Pattern.compile("[0-9A-Z]{1,10}");

    public VoteBudget {
        Erreurs e = new Erreurs("Vote du budget " + budget);
        e.code(budget, "Budget (CodBud)", COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.nonNul(decision, "Décision budgétaire");
        if (decision != null) {
            e.exiger((decision.etape() == EtapeBudgetaire.BP) == (tauxFongibilite != null),
                    "le taux de fongibilité se vote avec le budget primitif, et seulement avec lui.");
        }
        if (tauxFongibilite != null && tauxFongibilite.signum() < 0) {
            e.ajouter("le taux de fongibilité ne peut pas être négatif.");
        }
        remboursementCapital = remboursementCapital == null ? null
                : e.montantNonNegatif(remboursementCapital, "Remboursement en capital de la dette");
        e.lever();
    }
}
