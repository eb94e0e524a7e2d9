package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.List;

/**
 * A budget of the collectivity (principal or annexe) with its Hélios settings, the exercices for which a budget
 * primitif was voted, and whether the collectivity keeps commitment accounts (engagements).
 */
public record FicheBudget(Budget budget, List<Integer> exercicesVotes, boolean comptabiliteEngagement)
        implements Serializable {

    public FicheBudget {
        Erreurs e = new Erreurs("Fiche budget");
        e.nonNul(budget, "Budget");
        exercicesVotes = e.liste(exercicesVotes, "Exercices votés");
        e.lever();
    }

    /** The code the API names a budget by: its Hélios {@code CodBud}. */
    public String code() {
        return budget.codBud();
    }

    /** "00 - Budget principal de Brizon (budget principal)". */
    public String libelle() {
        return budget.codBud() + " - " + budget.libelle() + " (" + budget.type().libelle() + ")";
    }
}
