package fr.mutualis.budget.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Execution of a budget by chapter (the level of vote) at a date: credits opened by the decisions voted and the
 * virements made up to that date, engaged, mandated or titled (net of annulations and réductions) and available.
 *
 * @param libellesChapitres chapter code to its label in the plan de comptes used
 */
public record RapportExecution(FicheBudget budget, int exercice, LocalDate date, Nomenclature nomenclature,
        List<LigneExecution> lignes, Map<String, String> libellesChapitres) implements Serializable {

    public RapportExecution {
        Erreurs e = new Erreurs("Rapport d'exécution");
        e.nonNul(budget, "Budget");
        e.exercice(exercice);
        e.nonNul(date, "Date");
        e.nonNul(nomenclature, "Nomenclature");
        lignes = e.liste(lignes, "Lignes");
        if (e.nonNul(libellesChapitres, "Libellés") != null) {
            libellesChapitres = Map.copyOf(libellesChapitres);
        }
        e.lever();
    }

    /** "011 Charges à caractère général", or the code alone for a chapter the plan does not name. */
    public String libelle(String chapitre) {
        String libelle = libellesChapitres.get(chapitre);
        return libelle == null ? chapitre : chapitre + " " + libelle;
    }
}
