package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A chapter-to-chapter move of expense credits decided by the executive (M57 fongibilité des crédits). */
public record DemandeVirement(String budget, int exercice, LocalDate date, String chapitreSource,
        String chapitreDestination, BigDecimal montant) implements Serializable {

    public DemandeVirement {
        Erreurs e = new Erreurs("Virement de crédits");
        e.code(budget, "Budget (CodBud)", VoteBudget.COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.exercice(exercice);
        e.nonNul(date, "Date");
        e.code(chapitreSource, "Chapitre d'origine", Codes.CHAPITRE, Codes.CHAPITRE_ATTENDU);
        e.code(chapitreDestination, "Chapitre de destination", Codes.CHAPITRE, Codes.CHAPITRE_ATTENDU);
        montant = e.montantPositif(montant, "Montant");
        e.lever();
    }
}
