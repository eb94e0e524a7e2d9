package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new engagement comptable as entered; the server numbers it once the credits are checked. */
public record SaisieEngagement(String budget, int exercice, LocalDate date, String objet, Imputation imputation,
        BigDecimal montant) implements Serializable {

    public SaisieEngagement {
        Erreurs e = new Erreurs("Saisie d'engagement");
        e.code(budget, "Budget (CodBud)", VoteBudget.COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.exercice(exercice);
        e.nonNul(date, "Date");
        e.texte(objet, "Objet");
        e.nonNul(imputation, "Imputation");
        montant = e.montantPositif(montant, "Montant");
        e.lever();
    }
}
