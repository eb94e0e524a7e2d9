package fr.mutualis.budget.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * Pièces (all ordinary, or all annulations and réductions) gathered on a new bordereau in preparation.
 *
 * @param pieces numbers of the mandats (sens dépense) or titres (sens recette) of the exercice
 */
public record PreparationBordereau(String budget, Sens sens, int exercice, LocalDate date, List<Integer> pieces)
        implements Serializable {

    public PreparationBordereau {
        Erreurs e = new Erreurs("Préparation de bordereau");
        e.code(budget, "Budget (CodBud)", VoteBudget.COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.nonNul(sens, "Sens");
        e.exercice(exercice);
        e.nonNul(date, "Date");
        pieces = e.liste(pieces, "Pièces");
        if (pieces != null) {
            e.exiger(!pieces.isEmpty(), "un bordereau porte au moins une pièce.");
            e.exiger(new HashSet<>(pieces).size() == pieces.size(), "une pièce figure deux fois.");
        }
        e.lever();
    }
}
