package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An engagement comptable: expense credits reserved for an order, a contract or a decision.
 *
 * @param montant what is reserved now: the amount entered, lowered by any réduction; zero once cancelled before any
 *                mandat
 */
public record Engagement(int exercice, int numero, LocalDate date, String objet, Imputation imputation,
        BigDecimal montant) implements Serializable {

    public Engagement {
        Erreurs e = new Erreurs("Engagement n° " + numero + "/" + exercice);
        e.exercice(exercice);
        e.exiger(numero >= 1, "numéro invalide : " + numero + ".");
        e.nonNul(date, "Date");
        e.texte(objet, "Objet");
        e.nonNul(imputation, "Imputation");
        montant = e.montantNonNegatif(montant, "Montant");
        e.lever();
    }
}
